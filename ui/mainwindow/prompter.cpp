// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/mainwindow/prompter.h"

#include <QFileDialog>
#include <QIcon>
#include <QMessageBox>
#include <QPushButton>

#include "ui/document/document_error.h"
#include "ui/mainwindow/tr.h"

namespace yike::ui {
namespace {

void setButtonText(QMessageBox& box, QMessageBox::StandardButton which, const QString& text) {
    if (QAbstractButton* button = box.button(which)) button->setText(text);
}

}  // namespace

Prompter::~Prompter() = default;

Prompter::SaveChoice DialogPrompter::askSaveChanges(QWidget* parent, const QString& documentTitle) {
    QMessageBox box(QMessageBox::Warning, MainWindowTr::tr("Unsaved Changes"),
                    MainWindowTr::tr("Do you want to save the changes to “%1”?").arg(documentTitle),
                    QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, parent);
    box.setInformativeText(MainWindowTr::tr("Your changes will be lost if you don't save them."));
    setButtonText(box, QMessageBox::Save, MainWindowTr::tr("&Save"));
    setButtonText(box, QMessageBox::Discard, MainWindowTr::tr("Do&n't Save"));
    setButtonText(box, QMessageBox::Cancel, MainWindowTr::tr("Cancel"));
    box.setDefaultButton(QMessageBox::Save);
    switch (box.exec()) {
        case QMessageBox::Save:
            return SaveChoice::Save;
        case QMessageBox::Discard:
            return SaveChoice::Discard;
        default:
            return SaveChoice::Cancel;
    }
}

bool DialogPrompter::askOpenReadOnly(QWidget* parent, const DocumentError& error) {
    QMessageBox box(QMessageBox::Question, error.title, error.message,
                    QMessageBox::Open | QMessageBox::Cancel, parent);
    box.setInformativeText(MainWindowTr::tr("Open a read-only view of the file?"));
    setButtonText(box, QMessageBox::Open, MainWindowTr::tr("Open &Read-Only"));
    setButtonText(box, QMessageBox::Cancel, MainWindowTr::tr("Cancel"));
    if (!error.detail.isEmpty()) box.setDetailedText(error.detail);
    box.setDefaultButton(QMessageBox::Open);
    return box.exec() == QMessageBox::Open;
}

Prompter::RecoveryChoice DialogPrompter::askRestore(QWidget* parent, const QString& title,
                                                    const QString& text) {
    QMessageBox box(QMessageBox::Question, title, text,
                    QMessageBox::Yes | QMessageBox::Discard | QMessageBox::Ignore, parent);
    setButtonText(box, QMessageBox::Yes, MainWindowTr::tr("&Restore"));
    setButtonText(box, QMessageBox::Discard, MainWindowTr::tr("&Discard"));
    setButtonText(box, QMessageBox::Ignore, MainWindowTr::tr("Ask &Later"));
    box.setDefaultButton(QMessageBox::Yes);
    switch (box.exec()) {
        case QMessageBox::Yes:
            return RecoveryChoice::Restore;
        case QMessageBox::Discard:
            return RecoveryChoice::Discard;
        default:
            return RecoveryChoice::Later;
    }
}

void DialogPrompter::showError(QWidget* parent, const DocumentError& error) {
    QMessageBox box(QMessageBox::Critical, error.title, error.message, QMessageBox::Ok, parent);
    setButtonText(box, QMessageBox::Ok, MainWindowTr::tr("OK"));
    if (!error.detail.isEmpty()) box.setDetailedText(error.detail);
    box.exec();
}

void DialogPrompter::showWarning(QWidget* parent, const QString& title, const QString& text) {
    QMessageBox box(QMessageBox::Warning, title, text, QMessageBox::Ok, parent);
    setButtonText(box, QMessageBox::Ok, MainWindowTr::tr("OK"));
    box.exec();
}

void DialogPrompter::showInformation(QWidget* parent, const QString& title,
                                     const QString& text) {
    QMessageBox box(QMessageBox::Information, title, text, QMessageBox::Ok, parent);
    box.setTextFormat(Qt::PlainText);
    box.setTextInteractionFlags(Qt::TextSelectableByMouse);
    setButtonText(box, QMessageBox::Ok, MainWindowTr::tr("OK"));
    box.exec();
}

void DialogPrompter::showAbout(QWidget* parent, const QString& title, const QString& html) {
    QMessageBox box(QMessageBox::NoIcon, title, html, QMessageBox::Ok, parent);
    box.setTextFormat(Qt::RichText);
    box.setIconPixmap(QIcon(QStringLiteral(":/icons/yike.svg")).pixmap(64, 64));
    setButtonText(box, QMessageBox::Ok, MainWindowTr::tr("OK"));
    box.exec();
}

QString DialogPrompter::chooseOpenFile(QWidget* parent, const QString& caption,
                                       const QString& directory, const QString& filter) {
    return QFileDialog::getOpenFileName(parent, caption, directory, filter);
}

QString DialogPrompter::chooseSaveFile(QWidget* parent, const QString& caption,
                                       const QString& suggestion, const QString& filter) {
    return QFileDialog::getSaveFileName(parent, caption, suggestion, filter);
}

}  // namespace yike::ui
