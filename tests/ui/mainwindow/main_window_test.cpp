// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/mainwindow/main_window.h"

#include <filesystem>
#include <fstream>
#include <memory>
#include <string>

#include <sys/wait.h>
#include <unistd.h>

#include <gtest/gtest.h>

#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QSignalSpy>
#include <QThread>
#include <QUndoCommand>
#include <QUndoStack>
#include <QWheelEvent>

#include "core/project/project_file.h"
#include "core/project/recovery.h"
#include "core/sample/sample_district.h"
#include "tests/support/test_data.h"
#include "tests/ui/mainwindow/fake_prompter.h"
#include "ui/exchange/osm_import.h"
#include "ui/layers/layer_tree_model.h"
#include "ui/layers/layers_panel.h"
#include "ui/mainwindow/language_manager.h"
#include "ui/printing/guide_map_dialog.h"
#include "ui/mapview/map_view.h"
#include "ui/render/map_composition.h"
#include "yike_version.h"

namespace yike::ui {
namespace {

using test::FakePrompter;

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

QString withoutMnemonic(QString text) {
    return text.remove(QLatin1Char('&'));
}

class MainWindowTest : public ::testing::Test {
protected:
    void SetUp() override {
        QSettings().clear();
        ASSERT_TRUE(m_languages.setLanguage(QStringLiteral("en"), false));
        createWindow();
    }

    void TearDown() override {
        m_window.reset();
        (void)m_languages.setLanguage(QStringLiteral("en"), false);
        QSettings().clear();
    }

    void createWindow() {
        auto prompter = std::make_unique<FakePrompter>();
        m_prompter = prompter.get();
        MainWindow::Options options;
        options.document.recoveryDirectory = recoveryDirectory();
        options.document.autosave = false;
        m_window = std::make_unique<MainWindow>(&m_languages, std::move(prompter), options);
    }

    QString recoveryDirectory() const { return qPath(m_scratch / "recovery"); }

    template <typename T>
    T* child(const char* name) const {
        return m_window->findChild<T*>(QString::fromLatin1(name));
    }

    /// Writes the sample district to `name` in the scratch folder and returns its path.
    QString savedSample(const std::string& name) const {
        const std::filesystem::path path = m_scratch / name;
        project::ProjectFile::writeCopy(path, sample::generateSampleDistrict());
        return qPath(path);
    }

    yike::test::ScratchDir m_scratch;
    LanguageManager m_languages;
    FakePrompter* m_prompter = nullptr;
    std::unique_ptr<MainWindow> m_window;
};

TEST_F(MainWindowTest, MenusCarryTheStandardShortcuts) {
    QStringList titles;
    for (QAction* menu : m_window->menuBar()->actions()) titles << withoutMnemonic(menu->text());
    EXPECT_EQ(titles,
              (QStringList{QStringLiteral("File"), QStringLiteral("Edit"), QStringLiteral("View"),
                           QStringLiteral("Tools"), QStringLiteral("Analysis"),
                           QStringLiteral("Language"), QStringLiteral("Help")}));

    const struct {
        const char* action;
        QKeySequence shortcut;
    } expected[] = {
        {"newAction", QKeySequence(Qt::CTRL | Qt::Key_N)},
        {"openAction", QKeySequence(Qt::CTRL | Qt::Key_O)},
        {"saveAction", QKeySequence(Qt::CTRL | Qt::Key_S)},
        {"saveAsAction", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S)},
        {"quitAction", QKeySequence(Qt::CTRL | Qt::Key_Q)},
        {"undoAction", QKeySequence(Qt::CTRL | Qt::Key_Z)},
        {"redoAction", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z)},
        {"selectToolAction", QKeySequence(Qt::Key_V)},
        {"panToolAction", QKeySequence(Qt::Key_H)},
        {"addFacilityToolAction", QKeySequence(Qt::Key_F)},
        {"drawCompoundToolAction", QKeySequence(Qt::Key_C)},
        {"addGateToolAction", QKeySequence(Qt::Key_G)},
        {"addIdleSpaceToolAction", QKeySequence(Qt::Key_I)},
        {"measureToolAction", QKeySequence(Qt::Key_M)},
        {"deleteAction", QKeySequence(Qt::Key_Delete)},
        {"analysisAction", QKeySequence(Qt::Key_F8)},
        {"analysisRunAction", QKeySequence(Qt::Key_F5)},
        {"printGuideMapAction", QKeySequence(Qt::CTRL | Qt::Key_P)},
    };
    for (const auto& e : expected) {
        auto* action = child<QAction>(e.action);
        ASSERT_NE(action, nullptr) << e.action;
        EXPECT_EQ(action->shortcut(), e.shortcut) << e.action;
    }

    auto* fileMenu = child<QMenu>("fileMenu");
    ASSERT_NE(fileMenu, nullptr);
    for (const char* name : {"newAction", "openAction", "openSampleAction", "saveAction",
                             "saveAsAction", "printGuideMapAction", "quitAction"})
        EXPECT_TRUE(fileMenu->actions().contains(child<QAction>(name))) << name;
    auto* recent = child<QMenu>("recentMenu");
    ASSERT_NE(recent, nullptr);
    EXPECT_TRUE(fileMenu->actions().contains(recent->menuAction()));
    EXPECT_TRUE(child<QMenu>("editMenu")->actions().contains(child<QAction>("undoAction")));
    EXPECT_TRUE(child<QMenu>("helpMenu")->actions().contains(child<QAction>("aboutAction")));
    EXPECT_EQ(child<QMenu>("languageMenu")->actions().size(), 2);
}

TEST_F(MainWindowTest, NewFromOpenStreetMapImportsInTheBackgroundAndReports) {
    const auto file = yike::test::sharedPath("data/cn-nanjing-xinjiekou/nanjing-xinjiekou.osm");
    YIKE_REQUIRE_SHARED_FILE(file);
    m_window->startUp();
    auto* action = child<QAction>("newFromOsmAction");
    ASSERT_NE(action, nullptr);
    EXPECT_TRUE(child<QMenu>("fileMenu")->actions().contains(action));

    m_prompter->openFiles.push_back(qPath(file));
    action->trigger();
    ASSERT_TRUE(m_window->osmImporter()->isRunning()) << "the window does not wait for it";
    for (int i = 0; i < 200 && m_prompter->informations.empty(); ++i) {
        QApplication::processEvents();
        QThread::msleep(20);
    }
    ASSERT_EQ(m_prompter->informations.size(), 1u);
    EXPECT_TRUE(m_prompter->informations.front().text.contains(QStringLiteral("Streets:")));
    EXPECT_GT(m_window->document()->project().streets().size(), 300u);
    EXPECT_TRUE(m_window->document()->isModified());
    EXPECT_EQ(m_window->document()->title(), QStringLiteral("nanjing-xinjiekou"));

    // A file that is no map: a warning that says so, and the imported project stays.
    const std::filesystem::path bad = m_scratch / "route.gpx";
    std::ofstream(bad) << "<?xml version=\"1.0\"?><gpx version=\"1.1\"></gpx>";
    m_prompter->saveChoices.push_back(Prompter::SaveChoice::Discard);
    m_prompter->openFiles.push_back(qPath(bad));
    action->trigger();
    for (int i = 0; i < 200 && m_prompter->warnings.empty(); ++i) {
        QApplication::processEvents();
        QThread::msleep(20);
    }
    ASSERT_EQ(m_prompter->warnings.size(), 1u);
    EXPECT_TRUE(m_prompter->warnings.front().text.contains(QStringLiteral("<gpx>")));
    EXPECT_GT(m_window->document()->project().streets().size(), 300u);
}

TEST_F(MainWindowTest, LanguageMenuSwitchesAtRunTime) {
    auto* fileMenu = child<QMenu>("fileMenu");
    EXPECT_EQ(fileMenu->title(), QStringLiteral("&File"));

    child<QAction>("chineseAction")->trigger();
    QApplication::processEvents();
    EXPECT_EQ(m_languages.language(), QStringLiteral("zh_CN"));
    EXPECT_TRUE(fileMenu->title().startsWith(QStringLiteral("文件")))
        << fileMenu->title().toStdString();
    EXPECT_TRUE(child<QMenu>("editMenu")->title().startsWith(QStringLiteral("编辑")));
    EXPECT_TRUE(child<QAction>("chineseAction")->isChecked());
    EXPECT_EQ(QSettings().value(QLatin1String(LanguageManager::kSettingsKey)).toString(),
              QStringLiteral("zh_CN"))
        << "the menu choice is remembered";

    child<QAction>("englishAction")->trigger();
    QApplication::processEvents();
    EXPECT_EQ(fileMenu->title(), QStringLiteral("&File"));
    EXPECT_TRUE(child<QAction>("englishAction")->isChecked());
}

TEST_F(MainWindowTest, RetranslatesOnLanguageChangeEvents) {
    m_window->startUp();
    ASSERT_TRUE(m_languages.setLanguage(QStringLiteral("zh_CN"), false));
    QApplication::processEvents();
    EXPECT_TRUE(child<QMenu>("fileMenu")->title().startsWith(QStringLiteral("文件")));
    EXPECT_TRUE(child<QAction>("saveAsAction")->text().startsWith(QStringLiteral("另存为")));
    EXPECT_TRUE(child<QLabel>("countsLabel")->text().contains(QStringLiteral("设施")));
    EXPECT_TRUE(child<QAction>("chineseAction")->isChecked());
}

TEST_F(MainWindowTest, AboutBoxCreditsOpenStreetMapAndTheGeneratedSample) {
    const QString about = m_window->aboutText();
    EXPECT_TRUE(about.contains(QStringLiteral("OpenStreetMap")));
    EXPECT_TRUE(about.contains(QStringLiteral("ODbL")));
    EXPECT_TRUE(about.contains(QStringLiteral("generated")));
    EXPECT_TRUE(about.contains(QString::fromLatin1(yike::kVersion)));

    child<QAction>("aboutAction")->trigger();
    ASSERT_EQ(m_prompter->aboutTexts.size(), 1u);
    EXPECT_TRUE(m_prompter->aboutTexts.front().contains(QStringLiteral("OpenStreetMap")));

    ASSERT_TRUE(m_languages.setLanguage(QStringLiteral("zh_CN"), false));
    const QString chinese = m_window->aboutText();
    EXPECT_TRUE(chinese.contains(QStringLiteral("OpenStreetMap")));
    EXPECT_TRUE(chinese.contains(QStringLiteral("ODbL")));
    EXPECT_NE(chinese, about);
}

TEST_F(MainWindowTest, PrintGuideMapCentresOnTheSelectedFacility) {
    ASSERT_TRUE(m_window->document()->loadSample());
    project::FeatureId station = 0;
    for (const project::Facility& f : m_window->document()->project().facilities().items())
        if (f.categoryCode == "community_service_station") station = f.id;
    ASSERT_NE(station, 0u);
    m_window->document()->selection()->set({FeatureRef{project::Layer::Facilities, station}});
    child<QAction>("printGuideMapAction")->trigger();
    auto* dialog = m_window->findChild<GuideMapDialog*>();
    ASSERT_NE(dialog, nullptr);
    EXPECT_TRUE(dialog->isVisible());
    EXPECT_EQ(dialog->request().centreKind, guidemap::CentreKind::Facility);
    EXPECT_EQ(dialog->request().centreId, station);
    EXPECT_EQ(dialog->request().profileCode, "older");
    QSignalSpy ready(dialog, &GuideMapDialog::pageReady);
    ASSERT_TRUE(dialog->page() || ready.wait(20000));
    dialog->close();
}

TEST_F(MainWindowTest, StartsWithTheSampleDistrict) {
    m_window->startUp();
    const ProjectDocument* document = m_window->document();
    EXPECT_FALSE(document->hasFilePath());
    EXPECT_FALSE(document->isModified());
    EXPECT_GT(document->project().facilities().size(), 0u);
    const QString title =
        QString::fromStdString(document->project().metadataValue(project::meta::kTitle));
    EXPECT_EQ(m_window->windowTitle(), title + QStringLiteral("[*] — 一刻 Yike"));
    EXPECT_FALSE(m_window->isWindowModified());
    EXPECT_TRUE(m_prompter->errors.empty());
    const QString counts = child<QLabel>("countsLabel")->text();
    EXPECT_TRUE(counts.contains(
        QStringLiteral("Facilities %1").arg(document->project().facilities().size())))
        << counts.toStdString();
}

TEST_F(MainWindowTest, StartsWithTheFileGivenOnTheCommandLine) {
    const QString path = savedSample("start.yike");
    m_window->startUp(path);
    EXPECT_EQ(m_window->document()->filePath(), path);
    EXPECT_TRUE(m_window->windowTitle().startsWith(QStringLiteral("start.yike[*]")));
    EXPECT_EQ(m_window->recentFiles().files().value(0), path);
    EXPECT_TRUE(m_prompter->errors.empty());
}

TEST_F(MainWindowTest, UnreadableStartFileIsReportedThenTheSampleOpens) {
    const std::filesystem::path path = m_scratch / "broken.yike";
    std::ofstream(path) << "not a database";
    m_window->startUp(qPath(path));
    ASSERT_EQ(m_prompter->errors.size(), 1u);
    EXPECT_EQ(m_prompter->errors.front().code, project::ProjectError::Code::NotSqlite);
    EXPECT_GT(m_window->document()->project().facilities().size(), 0u);
}

TEST_F(MainWindowTest, OpeningAMissingFileShowsAnErrorAndKeepsTheProject) {
    m_window->startUp();
    const QString title = m_window->windowTitle();
    EXPECT_FALSE(m_window->openProject(qPath(m_scratch / "gone.yike")));
    ASSERT_EQ(m_prompter->errors.size(), 1u);
    EXPECT_EQ(m_prompter->errors.front().code, project::ProjectError::Code::NotFound);
    EXPECT_TRUE(m_prompter->errors.front().message.contains(QStringLiteral("gone.yike")));
    EXPECT_EQ(m_window->windowTitle(), title);
    EXPECT_GT(m_window->document()->project().facilities().size(), 0u);
}

TEST_F(MainWindowTest, OpenDialogOpensTheChosenFile) {
    m_window->startUp();
    const QString path = savedSample("chosen.yike");
    m_prompter->openFiles.push_back(path);
    child<QAction>("openAction")->trigger();
    EXPECT_EQ(m_window->document()->filePath(), path);
    EXPECT_TRUE(m_prompter->saveQuestions.empty()) << "an unmodified project is not questioned";
}

TEST_F(MainWindowTest, FileInUseCanBeOpenedReadOnly) {
    const QString path = savedSample("shared.yike");
    ProjectDocument holder;
    ASSERT_TRUE(holder.openFile(path));

    m_window->startUp();
    m_prompter->readOnlyAnswers.push_back(true);
    EXPECT_TRUE(m_window->openProject(path));
    ASSERT_EQ(m_prompter->readOnlyQuestions.size(), 1u);
    EXPECT_TRUE(m_prompter->readOnlyQuestions.front().offerReadOnly);
    EXPECT_TRUE(m_window->document()->isReadOnly());
    EXPECT_TRUE(m_window->windowTitle().contains(QStringLiteral("(read-only)")));
    EXPECT_FALSE(child<QLabel>("readOnlyLabel")->isHidden());
    EXPECT_TRUE(m_prompter->errors.empty());
}

TEST_F(MainWindowTest, DecliningReadOnlyKeepsTheCurrentProject) {
    const QString path = savedSample("held.yike");
    ProjectDocument holder;
    ASSERT_TRUE(holder.openFile(path));
    m_window->startUp();
    EXPECT_FALSE(m_window->openProject(path));
    EXPECT_EQ(m_prompter->readOnlyQuestions.size(), 1u);
    EXPECT_FALSE(m_window->document()->hasFilePath());
}

TEST_F(MainWindowTest, EditsMarkTheTitleAndUndoFollowsTheStack) {
    m_window->startUp();
    ProjectDocument* document = m_window->document();
    auto* undo = child<QAction>("undoAction");
    EXPECT_FALSE(undo->isEnabled());
    document->undoStack()->push(new SetTitle(*document, "河西片区"));
    EXPECT_TRUE(m_window->isWindowModified());
    EXPECT_TRUE(m_window->windowTitle().startsWith(QStringLiteral("河西片区[*]")));
    EXPECT_TRUE(undo->isEnabled());
    EXPECT_TRUE(undo->text().contains(QStringLiteral("Set Title")));
    undo->trigger();
    EXPECT_FALSE(m_window->isWindowModified());
    EXPECT_TRUE(child<QAction>("redoAction")->isEnabled());
}

TEST_F(MainWindowTest, CloseAsksToSaveAndCancelKeepsTheWindow) {
    m_window->startUp();
    m_window->show();
    ProjectDocument* document = m_window->document();
    document->undoStack()->push(new SetTitle(*document, "edited"));

    m_prompter->saveChoices.push_back(Prompter::SaveChoice::Cancel);
    EXPECT_FALSE(m_window->close());
    EXPECT_EQ(m_prompter->saveQuestions.size(), 1u);
    EXPECT_TRUE(m_window->isVisible());

    m_prompter->saveChoices.push_back(Prompter::SaveChoice::Discard);
    EXPECT_TRUE(m_window->close());
    EXPECT_EQ(m_prompter->saveQuestions.size(), 2u);
}

TEST_F(MainWindowTest, SavingAnUnsavedProjectAsksForAFileName) {
    m_window->startUp();
    ProjectDocument* document = m_window->document();
    document->undoStack()->push(new SetTitle(*document, "edited"));
    const std::filesystem::path chosen = m_scratch / "plan";
    m_prompter->saveChoices.push_back(Prompter::SaveChoice::Save);
    m_prompter->saveFiles.push_back(qPath(chosen));

    child<QAction>("newAction")->trigger();
    ASSERT_EQ(m_prompter->saveSuggestions.size(), 1u);
    EXPECT_TRUE(m_prompter->saveSuggestions.front().endsWith(QStringLiteral("edited.yike")));
    EXPECT_TRUE(std::filesystem::exists(m_scratch / "plan.yike")) << "the suffix is added";
    EXPECT_EQ(document->project().facilities().size(), 0u) << "then the new project starts";
    EXPECT_FALSE(document->isModified());
    EXPECT_EQ(m_window->recentFiles().files().value(0), qPath(m_scratch / "plan.yike"));
}

TEST_F(MainWindowTest, CancelledSaveDialogCancelsTheAction) {
    m_window->startUp();
    ProjectDocument* document = m_window->document();
    document->undoStack()->push(new SetTitle(*document, "edited"));
    m_prompter->saveChoices.push_back(Prompter::SaveChoice::Save);
    child<QAction>("openSampleAction")->trigger();
    EXPECT_TRUE(document->isModified()) << "no file name chosen, nothing replaced";
    EXPECT_EQ(document->project().metadataValue(project::meta::kTitle), "edited");
}

TEST_F(MainWindowTest, MissingRecentFileIsRemovedWithAMessage) {
    const QString kept = savedSample("kept.yike");
    const QString gone = qPath(m_scratch / "gone.yike");
    m_window->recentFiles().add(kept);
    m_window->recentFiles().add(gone);
    m_window->startUp();

    auto* recent = child<QMenu>("recentMenu");
    Q_EMIT recent->aboutToShow();
    QAction* goneAction = nullptr;
    for (QAction* action : recent->actions())
        if (action->data().toString() == gone) goneAction = action;
    ASSERT_NE(goneAction, nullptr);
    goneAction->trigger();

    ASSERT_EQ(m_prompter->warnings.size(), 1u);
    EXPECT_TRUE(m_prompter->warnings.front().text.contains(QStringLiteral("gone.yike")));
    EXPECT_EQ(m_window->recentFiles().files(), QStringList{kept});
    EXPECT_FALSE(m_window->document()->hasFilePath());
}

TEST_F(MainWindowTest, RecentFileOpensTheProject) {
    const QString path = savedSample("recent.yike");
    m_window->recentFiles().add(path);
    m_window->startUp();
    auto* recent = child<QMenu>("recentMenu");
    Q_EMIT recent->aboutToShow();
    ASSERT_FALSE(recent->actions().isEmpty());
    recent->actions().front()->trigger();
    EXPECT_EQ(m_window->document()->filePath(), path);
}

TEST_F(MainWindowTest, LayerActionsHideLayersInTheMapView) {
    m_window->startUp();
    MapView* preview = m_window->mapView();
    EXPECT_TRUE(preview->composition()->layers().testFlag(MapLayer::Facilities));
    QAction* facilities = nullptr;
    for (QAction* action : child<QMenu>("layersMenu")->actions())
        if (withoutMnemonic(action->text()) == QStringLiteral("Facilities")) facilities = action;
    ASSERT_NE(facilities, nullptr);
    facilities->trigger();
    EXPECT_FALSE(preview->composition()->layers().testFlag(MapLayer::Facilities));
    EXPECT_TRUE(preview->composition()->layers().testFlag(MapLayer::Streets));
}

TEST_F(MainWindowTest, LayersPanelAndLayerMenuStayInSync) {
    m_window->startUp();
    LayersPanel* panel = m_window->layersPanel();
    ASSERT_NE(panel, nullptr);
    ASSERT_NE(m_window->findChild<QDockWidget*>(QStringLiteral("legendDock")), nullptr);
    QAction* water = m_window->findChild<QAction*>(QStringLiteral("layerAction_water"));
    ASSERT_NE(water, nullptr);
    EXPECT_TRUE(child<QMenu>("layersMenu")->actions().contains(water));
    const QModelIndex row = panel->model()->indexOf(MapLayer::Water);
    ASSERT_TRUE(panel->model()->setData(row, Qt::Unchecked, Qt::CheckStateRole));
    EXPECT_FALSE(water->isChecked());
    EXPECT_FALSE(m_window->mapView()->composition()->layers().testFlag(MapLayer::Water));
    water->trigger();
    EXPECT_EQ(row.data(Qt::CheckStateRole).toInt(), Qt::Checked);
}

TEST_F(MainWindowTest, MapViewFitsZoomsAndPaints) {
    m_window->startUp();
    m_window->resize(1000, 700);
    m_window->show();
    MapView* preview = m_window->mapView();
    ASSERT_TRUE(preview->waitForRender());
    const QImage image = preview->grab().toImage();
    ASSERT_TRUE(preview->transform().isValid());
    const QRgb background = MapStyle::standard().background.rgb();
    qsizetype drawn = 0;
    for (int y = 0; y < image.height(); y += 4)
        for (int x = 0; x < image.width(); x += 4)
            if ((image.pixel(x, y) & 0xffffff) != (background & 0xffffff)) ++drawn;
    EXPECT_GT(drawn, 500);

    const double fitted = preview->transform().metresPerPixel();
    child<QAction>("zoomInAction")->trigger();
    EXPECT_LT(preview->transform().metresPerPixel(), fitted);
    QWheelEvent wheel(QPointF(100, 100), preview->mapToGlobal(QPointF(100, 100)), QPoint(),
                      QPoint(0, -240), Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(preview, &wheel);
    const double zoomedOut = preview->transform().metresPerPixel();
    EXPECT_GT(zoomedOut, fitted / 1.25);
    child<QAction>("zoomFitAction")->trigger();
    EXPECT_DOUBLE_EQ(preview->transform().metresPerPixel(), fitted);
}

/// Leaves an autosave behind the way a crashed session does: a child process autosaves and
/// exits without cleaning up, which releases its lock on the recovery file.
void leaveOrphan(const QString& directory, const std::filesystem::path& originalPath,
                 const std::string& title) {
    project::Project project = sample::generateSampleDistrict();
    project.setMetadataValue(project::meta::kTitle, title);
    const pid_t child = ::fork();
    ASSERT_GE(child, 0);
    if (child == 0) {
        int status = 0;
        try {
            auto* session = new project::RecoverySession(directory.toStdString());
            session->autosave(project, originalPath);
        } catch (...) {
            status = 1;
        }
        ::_exit(status);
    }
    int status = -1;
    ASSERT_EQ(::waitpid(child, &status, 0), child);
    ASSERT_TRUE(WIFEXITED(status) && WEXITSTATUS(status) == 0);
}

TEST_F(MainWindowTest, OffersToRestoreAnAutosaveOfACrashedSession) {
    const std::filesystem::path original = m_scratch / "district.yike";
    project::ProjectFile::writeCopy(original, sample::generateSampleDistrict());
    leaveOrphan(recoveryDirectory(), original, "unsaved work");
    ASSERT_EQ(project::RecoverySession::orphans(recoveryDirectory().toStdString()).size(), 1u);

    m_prompter->recoveryChoices.push_back(Prompter::RecoveryChoice::Restore);
    m_window->startUp();
    ASSERT_EQ(m_prompter->recoveryQuestions.size(), 1u);
    EXPECT_TRUE(m_prompter->recoveryQuestions.front().contains(QStringLiteral("unsaved work")));
    ProjectDocument* document = m_window->document();
    EXPECT_TRUE(document->isModified());
    EXPECT_EQ(document->filePath(), qPath(original));
    EXPECT_EQ(document->project().metadataValue(project::meta::kTitle), "unsaved work");
    EXPECT_TRUE(m_window->isWindowModified());
    EXPECT_TRUE(project::RecoverySession::orphans(recoveryDirectory().toStdString()).empty());

    // Saving writes the restored content into the original file.
    EXPECT_TRUE(m_window->saveProject());
    EXPECT_FALSE(document->isModified());
    EXPECT_EQ(project::ProjectFile::inspect(original).title, "unsaved work");
}

TEST_F(MainWindowTest, RecoveryCanBeDiscardedOrLeftForLater) {
    leaveOrphan(recoveryDirectory(), {}, "first");
    m_window->startUp();
    EXPECT_EQ(m_prompter->recoveryQuestions.size(), 1u);
    EXPECT_EQ(project::RecoverySession::orphans(recoveryDirectory().toStdString()).size(), 1u)
        << "'later' keeps the autosave";
    EXPECT_FALSE(m_window->document()->isModified()) << "the sample opened instead";

    createWindow();
    m_prompter->recoveryChoices.push_back(Prompter::RecoveryChoice::Discard);
    m_window->startUp();
    EXPECT_TRUE(project::RecoverySession::orphans(recoveryDirectory().toStdString()).empty());
}

}  // namespace
}  // namespace yike::ui
