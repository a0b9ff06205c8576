// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <random>
#include <string>
#include <vector>

#include "core/geo/lon_lat.h"
#include "ui/document/selection.h"

namespace yike::ui {
class ProjectDocument;
}

namespace yike::test {

/**
 * Edits a document at random through its undo commands, as a planner would: adds, moves, edits
 * and deletes of every editable layer (one feature or many, drags that merge, a drag cancelled
 * with Escape), imports, catalogue edits, accepted conversions, living circles, print layouts,
 * population grids, compound outlines, settings, and undo and redo of any depth.
 *
 * Everything it does follows from the seed and the document's project, so two editors with the
 * same seed on equal projects make the same edits: a failure is replayed from its seed.
 */
class RandomEditor {
public:
    RandomEditor(ui::ProjectDocument& document, std::uint64_t seed);

    /// Makes one random edit (or undoes or redoes some) and says what it did.
    std::string step();

private:
    int uniform(int lo, int hi);  // lo..hi inclusive
    double uniformReal(double lo, double hi);
    bool chance(double p);
    geo::LonLat somewhere();
    std::string someCategory();
    /// One to `most` features of the editable layers, picked at random (repeats possible).
    std::vector<ui::FeatureRef> someFeatures(int most);

    std::string addFacility();
    std::string addCompound();
    std::string addGate();
    std::string addIdleSpace();
    std::string move();
    std::string cancelledDrag();
    std::string editFacility();
    std::string editCompound();
    std::string editGate();
    std::string editIdleSpace();
    std::string removeSome();
    std::string removeMany();
    std::string import();
    std::string editCatalogue();
    std::string acceptConversions();
    std::string setMetadata();
    std::string setCircle();
    std::string removeCircle();
    std::string setPrintLayout();
    std::string removePrintLayout();
    std::string importGrid();
    std::string reshapeCompound();
    std::string undo();
    std::string redo();

    ui::ProjectDocument& m_document;
    std::mt19937_64 m_rng;
    geo::BoundingBox m_area;
    int m_counter = 0;  // numbers names and drags
};

/// The start of a working session in the edit tests: the sample district as a document that
/// was never saved (modified from the start, as after an OpenStreetMap import). False on failure.
bool startEditSession(ui::ProjectDocument& document);

}  // namespace yike::test
