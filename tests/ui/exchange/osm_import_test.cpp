// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/exchange/osm_import.h"

#include <fstream>

#include <gtest/gtest.h>

#include <QSignalSpy>

#include "tests/support/test_data.h"
#include "tests/support/test_document.h"
#include "ui/document/project_document.h"

namespace yike::ui {
namespace {

using yike::test::ScratchDir;

// A street and a pharmacy, written the way JOSM saves new objects: negative ids, ways first.
constexpr const char* kJosmOsm = R"(<?xml version='1.0' encoding='UTF-8'?>
<osm version='0.6' upload='false' generator='JOSM'>
  <way id='-5' action='modify' visible='true'>
    <nd ref='-1' /><nd ref='-2' /><nd ref='-3' />
    <tag k='highway' v='residential' /><tag k='name' v='建设路' />
  </way>
  <node id='-3' action='modify' visible='true' lat='32.0400000' lon='118.7840000' />
  <node id='-2' action='modify' visible='true' lat='32.0400000' lon='118.7820000' />
  <node id='-1' action='modify' visible='true' lat='32.0400000' lon='118.7800000' />
  <node id='-4' action='modify' visible='true' lat='32.0402000' lon='118.7821000'>
    <tag k='amenity' v='pharmacy' /><tag k='name' v='老百姓大药房' />
  </node>
  <node id='-6' action='delete' visible='true' lat='32.0403000' lon='118.7822000'>
    <tag k='shop' v='convenience' /><tag k='name' v='已关门' />
  </node>
</osm>
)";

std::filesystem::path write(const ScratchDir& dir, const std::string& name, const std::string& text) {
    const auto path = dir / name;
    std::ofstream(path, std::ios::binary) << text;
    return path;
}

QString qpath(const std::filesystem::path& p) { return QString::fromStdString(p.string()); }

class OsmImporterTest : public ::testing::Test {
protected:
    void SetUp() override {
        m_document = yike::test::makeTestDocument();
        ASSERT_TRUE(m_document->loadSample());
        m_importer = std::make_unique<OsmImporter>(m_document.get());
    }

    /// Waits for one of the three outcomes.
    void waitForOutcome() {
        QSignalSpy imported(m_importer.get(), &OsmImporter::imported);
        QSignalSpy failed(m_importer.get(), &OsmImporter::failed);
        for (int i = 0; i < 200 && m_importer->isRunning(); ++i) imported.wait(50);
        ASSERT_FALSE(m_importer->isRunning());
    }

    std::unique_ptr<ProjectDocument> m_document;
    std::unique_ptr<OsmImporter> m_importer;
};

TEST_F(OsmImporterTest, AJosmFileBecomesANewUnsavedProject) {
    ScratchDir dir;
    QSignalSpy imported(m_importer.get(), &OsmImporter::imported);
    QSignalSpy replaced(m_document.get(), &ProjectDocument::projectReplaced);
    m_importer->start(qpath(write(dir, "新街口.osm", kJosmOsm)));
    waitForOutcome();
    ASSERT_EQ(imported.count(), 1);
    EXPECT_EQ(replaced.count(), 1);
    const project::Project& p = m_document->project();
    ASSERT_EQ(p.streets().size(), 1u);
    EXPECT_EQ(p.streets().items().front().line.size(), 3u) << "nodes after the way, negative ids";
    ASSERT_EQ(p.facilities().size(), 1u) << "the deleted shop is left out";
    EXPECT_EQ(p.facilities().items().front().source, "OSM node -4");
    EXPECT_TRUE(m_document->isModified()) << "never saved: closing asks where to save it";
    EXPECT_FALSE(m_document->hasFilePath());
    EXPECT_EQ(m_document->title(), QStringLiteral("新街口"));
    EXPECT_EQ(p.metadataValue(project::meta::kAttribution), "© OpenStreetMap contributors");
    const QString summary = imported.front().front().toString();
    EXPECT_TRUE(summary.contains(QStringLiteral("Streets: 1 (1 walkable)"))) << summary.toStdString();
    EXPECT_TRUE(summary.contains(QStringLiteral("marked as deleted in an editor, left out: 1"))) << summary.toStdString();
    EXPECT_TRUE(summary.contains(QStringLiteral("not sorted"))) << summary.toStdString();
    EXPECT_TRUE(summary.contains(QStringLiteral("© OpenStreetMap contributors")));
}

TEST_F(OsmImporterTest, AChangeFileIsRefusedAndTheOpenProjectStays) {
    ScratchDir dir;
    const std::size_t streetsBefore = m_document->project().streets().size();
    QSignalSpy failed(m_importer.get(), &OsmImporter::failed);
    QSignalSpy replaced(m_document.get(), &ProjectDocument::projectReplaced);
    m_importer->start(qpath(write(dir, "edits.osc", "<osmChange version=\"0.6\"><create/></osmChange>")));
    waitForOutcome();
    ASSERT_EQ(failed.count(), 1);
    const QString message = failed.front().front().toString();
    EXPECT_TRUE(message.contains(QStringLiteral("change file"))) << message.toStdString();
    EXPECT_TRUE(message.contains(QStringLiteral("edits.osc")));
    EXPECT_EQ(replaced.count(), 0);
    EXPECT_EQ(m_document->project().streets().size(), streetsBefore);
}

TEST_F(OsmImporterTest, EveryRefusalHasItsOwnSentence) {
    using Reason = osm::OsmImportError::Reason;
    QStringList texts;
    for (Reason reason : {Reason::NoSuchFile, Reason::Unreadable, Reason::Empty, Reason::ChangeFile,
                          Reason::GeoJson, Reason::NotOsm, Reason::NoObjects, Reason::NodesMissing,
                          Reason::ServerError, Reason::Cancelled}) {
        const QString text = osmImportErrorText(osm::OsmImportError(reason, "x", "DETAIL"), QStringLiteral("f.osm"));
        EXPECT_FALSE(text.isEmpty());
        EXPECT_FALSE(texts.contains(text));
        texts << text;
    }
    EXPECT_TRUE(texts[7].contains(QStringLiteral("DETAIL"))) << "the counts of ways without nodes";
    EXPECT_TRUE(texts[8].contains(QStringLiteral("DETAIL"))) << "the server's remark";
}

TEST_F(OsmImporterTest, CancelLeavesTheOpenProject) {
    const auto file = yike::test::sharedPath("data/perf-honolulu/honolulu.osm.pbf");
    YIKE_REQUIRE_SHARED_FILE(file);
    QSignalSpy cancelled(m_importer.get(), &OsmImporter::cancelled);
    QSignalSpy replaced(m_document.get(), &ProjectDocument::projectReplaced);
    m_importer->start(qpath(file));
    m_importer->cancel();
    EXPECT_EQ(cancelled.count(), 1);
    EXPECT_FALSE(m_importer->isRunning());
    QSignalSpy spin(m_importer.get(), &OsmImporter::imported);
    spin.wait(300);
    EXPECT_EQ(spin.count(), 0);
    EXPECT_EQ(replaced.count(), 0);
}

TEST_F(OsmImporterTest, ARealExtractWithProgress) {
    const auto file = yike::test::sharedPath("data/cn-nanjing-xinjiekou/nanjing-xinjiekou.osm.pbf");
    YIKE_REQUIRE_SHARED_FILE(file);
    QSignalSpy imported(m_importer.get(), &OsmImporter::imported);
    QSignalSpy progress(m_importer.get(), &OsmImporter::progressChanged);
    m_importer->start(qpath(file));
    waitForOutcome();
    ASSERT_EQ(imported.count(), 1);
    EXPECT_GE(progress.count(), 1);
    EXPECT_DOUBLE_EQ(progress.back().front().toDouble(), 1.0);
    EXPECT_GT(m_document->project().streets().size(), 300u);
    EXPECT_EQ(m_document->title(), QStringLiteral("nanjing-xinjiekou"));
}

}  // namespace
}  // namespace yike::ui
