// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <filesystem>
#include <memory>
#include <string>

#include <QDate>
#include <QTranslator>
#include <gtest/gtest.h>

#include "core/access/analysis_session.h"
#include "ui/print/guide_map_page.h"

namespace yike::ui::test {

/// The date printed on every test page, so pages compare across days.
inline const QDate kTestDate(2026, 12, 1);

/// Pages in Chinese (the catalogue embedded in the test), the way yike-cli prints by default;
/// English again afterwards.
class ChinesePages : public ::testing::Test {
protected:
    void SetUp() override;
    void TearDown() override;

private:
    std::unique_ptr<QTranslator> m_translator;
};

/// The sample district with its graph built, shared by the tests of one program.
access::AnalysisSession& sampleSession();
/// The sample's community service station.
project::FeatureId sampleStation();
/// The sample's guide map around its service station, for the older walkers, on `layout`.
std::unique_ptr<GuideMapPage> samplePage(const PageLayout& layout);

/// The area two page boxes share, from Qt's own polygon clipping (a check independent of
/// ui::overlaps).
double sharedArea(const PageBox& a, const PageBox& b);

/// Runs `command` (a shell line) and returns what it printed; empty when it failed.
std::string runTool(const std::string& command);
/// Whether a program is on the PATH.
bool haveTool(const std::string& name);

#define YIKE_REQUIRE_TOOL(name)                                                                \
    do {                                                                                       \
        if (!::yike::ui::test::haveTool(name))                                                 \
            GTEST_SKIP() << name << " is not installed (Debian: poppler-utils), test skipped"; \
    } while (false)

}  // namespace yike::ui::test
