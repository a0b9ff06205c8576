// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/document/document_error.h"

#include <QDir>
#include <QFileInfo>

#include "ui/document/tr.h"

namespace yike::ui {
namespace {

using Code = project::ProjectError::Code;

QString titleFor(DocumentOperation operation) {
    switch (operation) {
        case DocumentOperation::Open:
            return DocumentTr::tr("Cannot Open Project");
        case DocumentOperation::Save:
            return DocumentTr::tr("Cannot Save Project");
        case DocumentOperation::Restore:
            return DocumentTr::tr("Cannot Restore Project");
        case DocumentOperation::Autosave:
            return DocumentTr::tr("Autosave Failed");
    }
    return {};
}

QString openMessage(Code code, const QString& name, const QString& holder) {
    switch (code) {
        case Code::NotFound:
            return DocumentTr::tr(
                       "The file “%1” does not exist. It may have been moved, renamed "
                       "or deleted.")
                .arg(name);
        case Code::NotSqlite:
            return DocumentTr::tr(
                       "“%1” is not a Yike project file: it is empty or not a "
                       "database at all.")
                .arg(name);
        case Code::Corrupt:
            return DocumentTr::tr(
                       "The project file “%1” is damaged and cannot be read. If you "
                       "have a backup or an autosaved copy, open that instead.")
                .arg(name);
        case Code::ForeignGeoPackage:
            return DocumentTr::tr(
                       "“%1” is a GeoPackage made by another program, not a Yike "
                       "project. Its layers can be imported into a project, but the "
                       "file cannot be opened as one.")
                .arg(name);
        case Code::NotAProject:
            return DocumentTr::tr("“%1” is a database, but not a Yike project.").arg(name);
        case Code::NewerVersion:
            if (holder.isEmpty())
                return DocumentTr::tr(
                           "“%1” was saved by a newer version of Yike. Please update "
                           "Yike to open it. The file was not changed.")
                    .arg(name);
            return DocumentTr::tr(
                       "“%1” was saved by a newer version of Yike (%2). Please update "
                       "Yike to open it. The file was not changed.")
                .arg(name, holder);
        case Code::InUse:
            if (holder.isEmpty())
                return DocumentTr::tr(
                           "“%1” is being edited in another Yike window. You can open "
                           "it read-only to look at it, and save any changes under a "
                           "different name.")
                    .arg(name);
            return DocumentTr::tr(
                       "“%1” is being edited by %2. You can open it read-only to look "
                       "at it, and save any changes under a different name.")
                .arg(name, holder);
        case Code::ReadOnly:
            return DocumentTr::tr("You do not have permission to open “%1”.").arg(name);
        case Code::Io:
            break;
    }
    return DocumentTr::tr(
               "Yike could not read “%1”. Check that the disk or network drive is "
               "available and that you may read the folder.")
        .arg(name);
}

QString saveMessage(Code code, const QString& name, const QString& holder) {
    switch (code) {
        case Code::NotFound:
            return DocumentTr::tr(
                       "The folder for “%1” does not exist any more. Choose another "
                       "folder with Save As.")
                .arg(name);
        case Code::InUse:
            if (holder.isEmpty())
                return DocumentTr::tr(
                           "“%1” is being edited in another Yike window, so it cannot "
                           "be overwritten. Save under a different name.")
                    .arg(name);
            return DocumentTr::tr(
                       "“%1” is being edited by %2, so it cannot be overwritten. Save "
                       "under a different name.")
                .arg(name, holder);
        case Code::ReadOnly:
            return DocumentTr::tr(
                       "“%1” cannot be written: the file or its folder is read-only, "
                       "or the project was opened read-only. Save under a different "
                       "name or in another folder.")
                .arg(name);
        case Code::NotSqlite:
        case Code::Corrupt:
        case Code::ForeignGeoPackage:
        case Code::NotAProject:
        case Code::NewerVersion:
            return DocumentTr::tr(
                       "“%1” could not be replaced with the project: it is not a "
                       "Yike project file this version can write. Save under a "
                       "different name.")
                .arg(name);
        case Code::Io:
            break;
    }
    return DocumentTr::tr(
               "Yike could not write “%1”. Check that the disk is not full and that "
               "you may write to the folder.")
        .arg(name);
}

}  // namespace

DocumentError DocumentError::describe(Code code, DocumentOperation operation, const QString& path,
                                      const QString& holder, const QString& technical) {
    DocumentError error;
    error.code = code;
    error.title = titleFor(operation);
    const QString name =
        path.isEmpty() ? DocumentTr::tr("the project") : QFileInfo(path).fileName();
    switch (operation) {
        case DocumentOperation::Open:
        case DocumentOperation::Restore:
            error.message = openMessage(code, name, holder);
            error.offerReadOnly = operation == DocumentOperation::Open && code == Code::InUse;
            break;
        case DocumentOperation::Save:
        case DocumentOperation::Autosave:
            error.message = saveMessage(code, name, holder);
            break;
    }
    QStringList details;
    if (!path.isEmpty()) details << QDir::toNativeSeparators(path);
    if (!technical.isEmpty()) details << technical;
    error.detail = details.join(QLatin1Char('\n'));
    return error;
}

DocumentError DocumentError::fromProjectError(const project::ProjectError& error,
                                              DocumentOperation operation, const QString& path) {
    return describe(error.code(), operation, path, QString::fromStdString(error.detail()),
                    QString::fromUtf8(error.what()));
}

DocumentError DocumentError::fromException(const std::exception& error, DocumentOperation operation,
                                           const QString& path) {
    return describe(Code::Io, operation, path, {}, QString::fromUtf8(error.what()));
}

}  // namespace yike::ui
