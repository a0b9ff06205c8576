// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>
#include <string>

#include <gtest/gtest.h>

#include <QLocale>
#include <QSettings>
#include <QUndoStack>

#include "core/project/project.h"
#include "tests/support/test_document.h"
#include "ui/commands/add_feature.h"
#include "ui/document/project_document.h"
#include "ui/render/map_composition.h"

namespace yike::ui::test {

/// The sample district in a document and a map composition (no map view: the panels bind to
/// the composition), with clean settings and the C locale.
class LayerFixture : public ::testing::Test {
protected:
    void SetUp() override {
        QSettings().clear();
        QLocale::setDefault(QLocale::c());
        document = yike::test::makeTestDocument();
        ASSERT_TRUE(document->loadSample());
        composition = std::make_unique<MapComposition>();
    }

    void TearDown() override {
        composition.reset();
        document.reset();
        QSettings().clear();
        QLocale::setDefault(QLocale::c());
    }

    /// A catalogue category no facility of the sample district has.
    std::string unusedCategory() const {
        for (const catalog::Category& c : document->project().catalog().categories()) {
            bool used = false;
            for (const project::Facility& f : document->project().facilities().items())
                used = used || f.categoryCode == c.code;
            if (!used) return c.code;
        }
        return {};
    }

    /// Adds a facility of `code` through the undo stack, as a tool would.
    void addFacility(const std::string& code) {
        project::Facility facility;
        const geo::BoundingBox box = document->project().bounds();
        facility.position = {(box.minLon + box.maxLon) / 2.0, (box.minLat + box.maxLat) / 2.0};
        facility.categoryCode = code;
        document->undoStack()->push(new AddFacility(*document, facility));
    }

    std::unique_ptr<ProjectDocument> document;
    std::unique_ptr<MapComposition> composition;
};

}  // namespace yike::ui::test
