// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/document/project_document.h"

#include <filesystem>
#include <fstream>
#include <string>

#include <gtest/gtest.h>

#include <QSignalSpy>
#include <QUndoCommand>
#include <QUndoStack>

#include "core/project/project_file.h"
#include "core/project/recovery.h"
#include "tests/support/test_data.h"

namespace yike::ui {
namespace {

using Code = project::ProjectError::Code;

/// The simplest possible edit: sets the project title metadata.
class SetTitle : public QUndoCommand {
public:
    SetTitle(ProjectDocument& document, std::string title)
        : QUndoCommand(QStringLiteral("Set Title")),
          m_document(document),
          m_new(std::move(title)) {}

    void redo() override {
        m_old = m_document.project().metadataValue(project::meta::kTitle);
        m_document.project().setMetadataValue(project::meta::kTitle, m_new);
    }
    void undo() override { m_document.project().setMetadataValue(project::meta::kTitle, m_old); }

private:
    ProjectDocument& m_document;
    std::string m_new;
    std::string m_old;
};

QString qPath(const std::filesystem::path& path) {
    return QString::fromStdString(path.string());
}

class ProjectDocumentTest : public ::testing::Test {
protected:
    ProjectDocument::Options options() const {
        ProjectDocument::Options o;
        o.recoveryDirectory = qPath(m_scratch / "recovery");
        o.autosave = false;  // tests call autosaveNow() themselves
        return o;
    }

    std::filesystem::path file(const std::string& name) const { return m_scratch / name; }

    yike::test::ScratchDir m_scratch;
};

TEST_F(ProjectDocumentTest, SampleOpensUnsavedAndUnmodified) {
    ProjectDocument document(options());
    QSignalSpy replaced(&document, &ProjectDocument::projectReplaced);
    ASSERT_TRUE(document.loadSample());
    EXPECT_EQ(replaced.count(), 1);
    EXPECT_FALSE(document.isModified());
    EXPECT_FALSE(document.hasFilePath());
    EXPECT_FALSE(document.isReadOnly());
    EXPECT_GT(document.project().facilities().size(), 0u);
    const std::string title = document.project().metadataValue(project::meta::kTitle);
    ASSERT_FALSE(title.empty());
    EXPECT_EQ(document.title(), QString::fromStdString(title));
}

TEST_F(ProjectDocumentTest, NewProjectIsEmptyAndUntitled) {
    ProjectDocument document(options());
    ASSERT_TRUE(document.loadSample());
    ASSERT_TRUE(document.newProject());
    EXPECT_EQ(document.project().facilities().size(), 0u);
    EXPECT_FALSE(document.project().catalog().empty()) << "seeded with the built-in catalogue";
    EXPECT_EQ(document.title(), QStringLiteral("Untitled"));
    EXPECT_FALSE(document.isModified());
}

TEST_F(ProjectDocumentTest, PushedCommandModifiesAndUndoRestoresClean) {
    ProjectDocument document(options());
    ASSERT_TRUE(document.loadSample());
    QSignalSpy modified(&document, &ProjectDocument::modifiedChanged);
    QSignalSpy changed(&document, &ProjectDocument::projectChanged);
    QSignalSpy titled(&document, &ProjectDocument::titleChanged);

    document.undoStack()->push(new SetTitle(document, "河西片区"));
    EXPECT_TRUE(document.isModified());
    ASSERT_EQ(modified.count(), 1);
    EXPECT_TRUE(modified.at(0).at(0).toBool());
    ASSERT_GE(changed.count(), 1);
    const auto event = changed.at(0).at(0).value<project::ChangeEvent>();
    EXPECT_EQ(event.layer, project::Layer::Metadata);
    EXPECT_EQ(document.title(), QStringLiteral("河西片区"));
    EXPECT_GE(titled.count(), 1);

    document.undoStack()->undo();
    EXPECT_FALSE(document.isModified());
    EXPECT_EQ(modified.count(), 2);
    document.undoStack()->redo();
    EXPECT_TRUE(document.isModified());
}

TEST_F(ProjectDocumentTest, SaveAsThenReopenGivesTheSameProject) {
    const QString path = qPath(file("hexi.yike"));
    project::Project saved;
    {
        ProjectDocument document(options());
        ASSERT_TRUE(document.loadSample());
        document.undoStack()->push(new SetTitle(document, "河西片区"));
        QSignalSpy pathChanged(&document, &ProjectDocument::filePathChanged);
        const DocumentResult result = document.saveAs(path);
        ASSERT_TRUE(result) << result.error().message.toStdString();
        EXPECT_FALSE(document.isModified());
        EXPECT_EQ(document.filePath(), path);
        EXPECT_EQ(document.title(), QStringLiteral("hexi.yike"));
        EXPECT_EQ(pathChanged.count(), 1);
        EXPECT_TRUE(document.undoStack()->canUndo()) << "saving keeps the history";
        saved = document.project();
    }
    ProjectDocument reopened(options());
    const DocumentResult result = reopened.openFile(path);
    ASSERT_TRUE(result) << result.error().message.toStdString();
    EXPECT_FALSE(reopened.isModified());
    EXPECT_FALSE(reopened.undoStack()->canUndo());
    EXPECT_TRUE(reopened.project().sameContent(saved));
    EXPECT_EQ(reopened.project().metadataValue(project::meta::kTitle), "河西片区");
}

TEST_F(ProjectDocumentTest, SaveWritesEditsIntoTheOpenFile) {
    const QString path = qPath(file("a.yike"));
    {
        ProjectDocument document(options());
        ASSERT_TRUE(document.loadSample());
        ASSERT_TRUE(document.saveAs(path));
        document.undoStack()->push(new SetTitle(document, "second"));
        ASSERT_TRUE(document.isModified());
        const DocumentResult result = document.save();
        ASSERT_TRUE(result) << result.error().message.toStdString();
        EXPECT_FALSE(document.isModified());
        // Save As onto its own file is a plain save, not a conflict with our own lock.
        document.undoStack()->push(new SetTitle(document, "third"));
        ASSERT_TRUE(document.saveAs(path));
    }
    ProjectDocument reopened(options());
    ASSERT_TRUE(reopened.openFile(path));
    EXPECT_EQ(reopened.project().metadataValue(project::meta::kTitle), "third");
}

TEST_F(ProjectDocumentTest, SaveWithoutFileNameFails) {
    ProjectDocument document(options());
    ASSERT_TRUE(document.loadSample());
    const DocumentResult result = document.save();
    ASSERT_FALSE(result);
    EXPECT_FALSE(result.error().message.isEmpty());
}

TEST_F(ProjectDocumentTest, MissingFileIsReportedAndTheDocumentKept) {
    ProjectDocument document(options());
    ASSERT_TRUE(document.loadSample());
    const auto facilities = document.project().facilities().size();
    const DocumentResult result = document.openFile(qPath(file("nowhere.yike")));
    ASSERT_FALSE(result);
    EXPECT_EQ(result.error().code, Code::NotFound);
    EXPECT_TRUE(result.error().message.contains(QStringLiteral("nowhere.yike")));
    EXPECT_FALSE(result.error().offerReadOnly);
    EXPECT_EQ(document.project().facilities().size(), facilities);
    EXPECT_FALSE(document.hasFilePath());
}

TEST_F(ProjectDocumentTest, NonDatabaseFileIsReportedAsNotAProjectFile) {
    {
        std::ofstream out(file("notes.yike"), std::ios::binary);
        out << "These are meeting notes, not a project.\n";
    }
    ProjectDocument document(options());
    const DocumentResult result = document.openFile(qPath(file("notes.yike")));
    ASSERT_FALSE(result);
    EXPECT_EQ(result.error().code, Code::NotSqlite);
    EXPECT_TRUE(result.error().message.contains(QStringLiteral("notes.yike")));
    EXPECT_EQ(result.error().title, QStringLiteral("Cannot Open Project"));
}

TEST_F(ProjectDocumentTest, DamagedProjectIsReportedAsCorrupt) {
    const std::filesystem::path path = file("damaged.yike");
    {
        ProjectDocument document(options());
        ASSERT_TRUE(document.loadSample());
        ASSERT_TRUE(document.saveAs(qPath(path)));
    }
    {
        // Keep the SQLite header, scribble over the schema table that follows it.
        std::fstream io(path, std::ios::binary | std::ios::in | std::ios::out);
        io.seekp(100);
        const std::string garbage(3000, '\x5a');
        io.write(garbage.data(), static_cast<std::streamsize>(garbage.size()));
    }
    ProjectDocument document(options());
    const DocumentResult result = document.openFile(qPath(path));
    ASSERT_FALSE(result);
    EXPECT_EQ(result.error().code, Code::Corrupt);
    EXPECT_TRUE(result.error().message.contains(QStringLiteral("damaged.yike")));
    EXPECT_FALSE(result.error().detail.isEmpty()) << "the technical text goes to the details";
}

TEST_F(ProjectDocumentTest, FileInUseOffersReadOnly) {
    const QString path = qPath(file("shared.yike"));
    ProjectDocument holder(options());
    ASSERT_TRUE(holder.loadSample());
    ASSERT_TRUE(holder.saveAs(path));

    ProjectDocument second(options());
    const DocumentResult refused = second.openFile(path);
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().code, Code::InUse);
    EXPECT_TRUE(refused.error().offerReadOnly);
    EXPECT_TRUE(refused.error().message.contains(QStringLiteral("shared.yike")));
    EXPECT_TRUE(refused.error().message.contains(QStringLiteral("read-only")));

    QSignalSpy readOnly(&second, &ProjectDocument::readOnlyChanged);
    const DocumentResult viewed = second.openReadOnly(path);
    ASSERT_TRUE(viewed) << viewed.error().message.toStdString();
    EXPECT_TRUE(second.isReadOnly());
    EXPECT_EQ(readOnly.count(), 1);
    EXPECT_TRUE(second.project().sameContent(holder.project()));

    second.undoStack()->push(new SetTitle(second, "changed"));
    const DocumentResult save = second.save();
    ASSERT_FALSE(save);
    EXPECT_EQ(save.error().code, Code::ReadOnly);

    // Saving under another name makes it an ordinary, editable project.
    ASSERT_TRUE(second.saveAs(qPath(file("copy.yike"))));
    EXPECT_FALSE(second.isReadOnly());
    EXPECT_FALSE(second.isModified());
}

TEST_F(ProjectDocumentTest, AutosaveWritesOnlyModifiedContent) {
    ProjectDocument document(options());
    ASSERT_TRUE(document.loadSample());
    QSignalSpy autosaved(&document, &ProjectDocument::autosaved);
    EXPECT_FALSE(document.autosaveNow()) << "nothing to save";

    document.undoStack()->push(new SetTitle(document, "edited"));
    ASSERT_TRUE(document.autosaveNow());
    ASSERT_EQ(autosaved.count(), 1);
    const QString recoveryFile = autosaved.at(0).at(0).toString();
    EXPECT_TRUE(std::filesystem::exists(recoveryFile.toStdString()));
    EXPECT_FALSE(document.autosaveNow()) << "unchanged since the last autosave";

    // Back at the saved state, the autosave must not be offered later.
    document.undoStack()->undo();
    EXPECT_FALSE(std::filesystem::exists(recoveryFile.toStdString()));
}

TEST_F(ProjectDocumentTest, EditsAreAutosavedAfterAQuietPeriod) {
    ProjectDocument::Options o = options();
    o.autosave = true;
    o.editDebounce = std::chrono::milliseconds(20);
    ProjectDocument document(o);
    ASSERT_TRUE(document.loadSample());
    QSignalSpy autosaved(&document, &ProjectDocument::autosaved);
    document.undoStack()->push(new SetTitle(document, "edited"));
    EXPECT_TRUE(autosaved.wait(2000));
}

}  // namespace
}  // namespace yike::ui
