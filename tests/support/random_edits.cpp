// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/random_edits.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <functional>
#include <utility>
#include <vector>

#include <QUndoStack>

#include "core/proposals/proposal.h"
#include "ui/commands/accept_conversions.h"
#include "ui/commands/add_feature.h"
#include "ui/commands/import_features.h"
#include "ui/commands/import_population_grid.h"
#include "ui/commands/move_features.h"
#include "ui/commands/remove_circle.h"
#include "ui/commands/remove_features.h"
#include "ui/commands/remove_print_layout.h"
#include "ui/commands/set_catalog.h"
#include "ui/commands/set_circle.h"
#include "ui/commands/set_compound_outline.h"
#include "ui/commands/set_metadata.h"
#include "ui/commands/set_print_layout.h"
#include "ui/commands/update_feature.h"
#include "ui/document/project_document.h"

namespace yike::test {
namespace {

using project::Layer;

// A square ring of `side` degrees with its south-west corner at `at`, counter-clockwise.
geo::Ring square(geo::LonLat at, double side) {
    return {{at.lon, at.lat},
            {at.lon + side, at.lat},
            {at.lon + side, at.lat + side},
            {at.lon, at.lat + side}};
}

geo::LonLat midpoint(geo::LonLat a, geo::LonLat b) {
    return {(a.lon + b.lon) / 2.0, (a.lat + b.lat) / 2.0};
}

}  // namespace

bool startEditSession(ui::ProjectDocument& document) {
    if (!document.loadSample()) return false;
    project::Project sample = document.project();
    return document.newFromProject(std::move(sample)).isOk();
}

RandomEditor::RandomEditor(ui::ProjectDocument& document, std::uint64_t seed)
    : m_document(document), m_rng(seed), m_area(document.project().bounds()) {
    if (m_area.isEmpty()) m_area = {116.39, 39.89, 116.41, 39.91};
}

int RandomEditor::uniform(int lo, int hi) {
    return std::uniform_int_distribution<int>(lo, hi)(m_rng);
}

double RandomEditor::uniformReal(double lo, double hi) {
    return std::uniform_real_distribution<double>(lo, hi)(m_rng);
}

bool RandomEditor::chance(double p) { return uniformReal(0.0, 1.0) < p; }

geo::LonLat RandomEditor::somewhere() {
    return {uniformReal(m_area.minLon, m_area.maxLon), uniformReal(m_area.minLat, m_area.maxLat)};
}

std::string RandomEditor::someCategory() {
    const auto& categories = m_document.project().catalog().categories();
    if (categories.empty()) return "pharmacy";
    return categories[static_cast<std::size_t>(uniform(0, int(categories.size()) - 1))].code;
}

namespace {

// A random item of a layer, or null when it is empty.
template <typename T, typename Rng>
const T* pick(const project::FeatureCollection<T>& layer, Rng& rng) {
    if (layer.size() == 0) return nullptr;
    std::uniform_int_distribution<std::size_t> index(0, layer.size() - 1);
    return &layer.items()[index(rng)];
}

}  // namespace

std::vector<ui::FeatureRef> RandomEditor::someFeatures(int most) {
    const project::Project& p = m_document.project();
    std::vector<ui::FeatureRef> refs;
    for (int i = uniform(1, most); i > 0; --i) {
        switch (uniform(0, 3)) {
            case 0:
                if (const auto* f = pick(p.facilities(), m_rng))
                    refs.push_back({Layer::Facilities, f->id});
                break;
            case 1:
                if (const auto* c = pick(p.compounds(), m_rng))
                    refs.push_back({Layer::Compounds, c->id});
                break;
            case 2:
                if (const auto* g = pick(p.gates(), m_rng)) refs.push_back({Layer::Gates, g->id});
                break;
            default:
                if (const auto* s = pick(p.idleSpaces(), m_rng))
                    refs.push_back({Layer::IdleSpaces, s->id});
                break;
        }
    }
    return refs;
}

std::string RandomEditor::step() {
    using Edit = std::string (RandomEditor::*)();
    // Weights follow how often a planner does each thing; undo and redo are frequent.
    static const std::array<std::pair<Edit, int>, 24> edits{{
        {&RandomEditor::addFacility, 10},     {&RandomEditor::addCompound, 4},
        {&RandomEditor::addGate, 3},          {&RandomEditor::addIdleSpace, 5},
        {&RandomEditor::move, 10},            {&RandomEditor::cancelledDrag, 2},
        {&RandomEditor::editFacility, 6},     {&RandomEditor::editCompound, 3},
        {&RandomEditor::editGate, 4},         {&RandomEditor::editIdleSpace, 3},
        {&RandomEditor::removeSome, 6},       {&RandomEditor::removeMany, 1},
        {&RandomEditor::import, 2},           {&RandomEditor::editCatalogue, 2},
        {&RandomEditor::acceptConversions, 3}, {&RandomEditor::setMetadata, 2},
        {&RandomEditor::setCircle, 2},        {&RandomEditor::removeCircle, 1},
        {&RandomEditor::setPrintLayout, 1},   {&RandomEditor::removePrintLayout, 1},
        {&RandomEditor::importGrid, 1},       {&RandomEditor::reshapeCompound, 2},
        {&RandomEditor::undo, 12},            {&RandomEditor::redo, 8},
    }};
    int total = 0;
    for (const auto& [edit, weight] : edits) total += weight;
    int roll = uniform(0, total - 1);
    for (const auto& [edit, weight] : edits) {
        if (roll < weight) return (this->*edit)();
        roll -= weight;
    }
    return "nothing";
}

std::string RandomEditor::addFacility() {
    project::Facility f;
    f.position = somewhere();
    f.categoryCode = someCategory();
    f.name = "设施 " + std::to_string(++m_counter);
    f.status = chance(0.3) ? project::FacilityStatus::Planned : project::FacilityStatus::Existing;
    if (chance(0.5)) f.attributes["survey"] = "2026-" + std::to_string(m_counter);
    m_document.undoStack()->push(new ui::AddFacility(m_document, f));
    return "add facility " + f.categoryCode;
}

std::string RandomEditor::addCompound() {
    project::Compound c;
    const double side = uniformReal(0.0008, 0.003);
    c.outline.outer = square(somewhere(), side);
    c.name = "小区 " + std::to_string(++m_counter);
    c.population = uniform(0, 3000);
    c.residents60Plus = c.population / uniform(3, 8);
    c.children0To14 = c.population / uniform(5, 10);
    c.fenced = chance(0.8);
    // A new compound with its gates is one step for the user: a macro of three commands.
    QUndoStack* stack = m_document.undoStack();
    stack->beginMacro(QStringLiteral("Add compound with gates"));
    auto* add = new ui::AddCompound(m_document, c);
    stack->push(add);
    const int gates = uniform(1, 3);
    for (int i = 0; i < gates; ++i) {
        project::Gate g;
        g.compoundId = add->featureId();
        const std::size_t edge = static_cast<std::size_t>(i);
        g.position = midpoint(c.outline.outer[edge], c.outline.outer[(edge + 1) % 4]);
        g.kind = chance(0.3) ? project::GateKind::Vehicle : project::GateKind::Pedestrian;
        g.name = "门 " + std::to_string(i + 1);
        stack->push(new ui::AddGate(m_document, g));
    }
    stack->endMacro();
    return "add compound with " + std::to_string(gates) + " gates";
}

std::string RandomEditor::addGate() {
    const project::Compound* c = pick(m_document.project().compounds(), m_rng);
    if (!c || c->outline.outer.size() < 2) return addFacility();
    const auto& ring = c->outline.outer;
    const std::size_t edge = static_cast<std::size_t>(uniform(0, int(ring.size()) - 1));
    project::Gate g;
    g.compoundId = c->id;
    g.position = midpoint(ring[edge], ring[(edge + 1) % ring.size()]);
    g.openHours = chance(0.5) ? "06:00-22:00" : "";
    m_document.undoStack()->push(new ui::AddGate(m_document, g));
    return "add gate to compound " + std::to_string(c->id);
}

std::string RandomEditor::addIdleSpace() {
    project::IdleSpace s;
    s.position = somewhere();
    s.kind = static_cast<project::IdleSpaceKind>(uniform(0, 6));
    s.name = "闲置 " + std::to_string(++m_counter);
    s.floorAreaM2 = uniformReal(20.0, 600.0);
    s.storey = uniform(-1, 3);
    s.estimatedCostYuan = std::round(uniformReal(1e4, 5e5));
    s.hasLift = chance(0.3);
    if (chance(0.4)) s.footprint = geo::Polygon{square(s.position, 0.0002), {}};
    m_document.undoStack()->push(new ui::AddIdleSpace(m_document, s));
    return "add idle space";
}

std::string RandomEditor::move() {
    std::vector<ui::FeatureRef> refs = someFeatures(3);
    std::sort(refs.begin(), refs.end());
    refs.erase(std::unique(refs.begin(), refs.end()), refs.end());
    if (refs.empty()) return addFacility();
    // A drag is several moves with one drag id, merged into one step; a click-move is one.
    const int pushes = chance(0.5) ? uniform(2, 5) : 1;
    const int dragId = pushes > 1 ? 1000 + ++m_counter : 0;
    for (int i = 0; i < pushes; ++i)
        m_document.undoStack()->push(new ui::MoveFeatures(m_document, refs,
                                                          uniformReal(-3e-4, 3e-4),
                                                          uniformReal(-3e-4, 3e-4), dragId));
    return "move " + std::to_string(refs.size()) + " features in " + std::to_string(pushes)
           + " pushes";
}

std::string RandomEditor::cancelledDrag() {
    const project::Facility* f = pick(m_document.project().facilities(), m_rng);
    if (!f) return addFacility();
    const std::vector<ui::FeatureRef> refs{{Layer::Facilities, f->id}};
    QUndoStack* stack = m_document.undoStack();
    const int dragId = 1000 + ++m_counter;
    for (int i = 0; i < 3; ++i)
        stack->push(new ui::MoveFeatures(m_document, refs, 2e-4, -1e-4, dragId));
    // Escape: the drag's command goes back and off the stack.
    auto* command = const_cast<ui::MoveFeatures*>(
        dynamic_cast<const ui::MoveFeatures*>(stack->command(stack->index() - 1)));
    if (command) command->discardOnUndo();
    stack->undo();
    return "drag cancelled";
}

std::string RandomEditor::editFacility() {
    const project::Facility* f = pick(m_document.project().facilities(), m_rng);
    if (!f) return addFacility();
    project::Facility edited = *f;
    switch (uniform(0, 3)) {
        case 0: edited.name += "·改"; break;
        case 1: edited.categoryCode = someCategory(); break;
        case 2:
            edited.status = edited.status == project::FacilityStatus::Planned
                                ? project::FacilityStatus::Existing
                                : project::FacilityStatus::Planned;
            break;
        default: edited.attributes["备注"] = std::to_string(++m_counter); break;
    }
    auto* command = new ui::UpdateFacility(m_document, edited);
    if (command->changesNothing()) {
        delete command;
        return "facility edit that changes nothing";
    }
    m_document.undoStack()->push(command);
    return "edit facility " + std::to_string(f->id);
}

std::string RandomEditor::editCompound() {
    const project::Compound* c = pick(m_document.project().compounds(), m_rng);
    if (!c) return addCompound();
    project::Compound edited = *c;
    switch (uniform(0, 2)) {
        case 0: edited.population = uniform(0, 5000); break;
        case 1: edited.fenced = !edited.fenced; break;
        default: edited.plotRatio = uniform(0, 1) ? 0.0 : 2.5; break;
    }
    auto* command = new ui::UpdateCompound(m_document, edited);
    if (command->changesNothing()) {
        delete command;
        return "compound edit that changes nothing";
    }
    m_document.undoStack()->push(command);
    return "edit compound " + std::to_string(c->id);
}

std::string RandomEditor::editGate() {
    const project::Gate* g = pick(m_document.project().gates(), m_rng);
    if (!g) return addCompound();
    project::Gate edited = *g;
    static const std::array<const char*, 4> hours{"", project::kGateClosedHours, "06:00-22:00",
                                                  "24/7"};
    if (chance(0.7))
        edited.openHours = hours[static_cast<std::size_t>(uniform(0, 3))];
    else
        edited.kind = edited.kind == project::GateKind::Vehicle ? project::GateKind::Pedestrian
                                                                : project::GateKind::Vehicle;
    auto* command = new ui::UpdateGate(m_document, edited);
    if (command->changesNothing()) {
        delete command;
        return "gate edit that changes nothing";
    }
    m_document.undoStack()->push(command);
    return "edit gate " + std::to_string(g->id) + " hours '" + edited.openHours + "'";
}

std::string RandomEditor::editIdleSpace() {
    const project::IdleSpace* s = pick(m_document.project().idleSpaces(), m_rng);
    if (!s) return addIdleSpace();
    project::IdleSpace edited = *s;
    edited.floorAreaM2 = uniformReal(10.0, 800.0);
    edited.notes = "现场踏勘 " + std::to_string(++m_counter);
    m_document.undoStack()->push(new ui::UpdateIdleSpace(m_document, edited));
    return "edit idle space " + std::to_string(s->id);
}

std::string RandomEditor::removeSome() {
    std::vector<ui::FeatureRef> refs = someFeatures(4);
    auto* command = new ui::RemoveFeatures(m_document, refs);
    if (command->isEmpty()) {
        delete command;
        return addFacility();
    }
    const int count = command->count();
    m_document.undoStack()->push(command);
    return "remove " + std::to_string(count) + " features";
}

std::string RandomEditor::removeMany() {
    // More than RemoveFeatures::kBulkThreshold: the bulk path with one Reset per layer.
    const auto& facilities = m_document.project().facilities().items();
    std::vector<ui::FeatureRef> refs;
    for (std::size_t i = static_cast<std::size_t>(uniform(0, 2)); i < facilities.size(); i += 2)
        refs.push_back({Layer::Facilities, facilities[i].id});
    if (const auto* c = pick(m_document.project().compounds(), m_rng))
        refs.push_back({Layer::Compounds, c->id});
    auto* command = new ui::RemoveFeatures(m_document, refs);
    const int count = command->count();
    m_document.undoStack()->push(command);
    return "remove " + std::to_string(count) + " features at once";
}

std::string RandomEditor::import() {
    std::vector<project::Facility> facilities;
    std::vector<project::IdleSpace> spaces;
    std::vector<project::Compound> compounds;
    for (int i = uniform(1, 40); i > 0; --i) {
        project::Facility f;
        f.position = somewhere();
        f.categoryCode = someCategory();
        f.name = "导入 " + std::to_string(++m_counter);
        f.source = "survey.csv";
        facilities.push_back(std::move(f));
    }
    for (int i = uniform(0, 5); i > 0; --i) {
        project::IdleSpace s;
        s.position = somewhere();
        s.floorAreaM2 = uniformReal(30.0, 300.0);
        s.estimatedCostYuan = 1e5;
        spaces.push_back(std::move(s));
    }
    for (int i = uniform(0, 3); i > 0; --i) {
        project::Compound c;
        c.outline.outer = square(somewhere(), 0.001);
        c.population = uniform(100, 2000);
        c.fenced = false;
        compounds.push_back(std::move(c));
    }
    const std::size_t n = facilities.size() + spaces.size() + compounds.size();
    m_document.undoStack()->push(new ui::ImportFeatures(m_document, std::move(facilities),
                                                        std::move(spaces), std::move(compounds)));
    return "import " + std::to_string(n) + " features";
}

std::string RandomEditor::editCatalogue() {
    std::vector<catalog::Category> categories = m_document.project().catalog().categories();
    std::string what;
    const int kind = categories.size() > 3 ? uniform(0, 2) : 0;
    if (kind == 0) {
        catalog::Category added;
        added.code = "custom_" + std::to_string(++m_counter);
        added.nameZh = "自定义 " + std::to_string(m_counter);
        added.nameEn = "Custom " + std::to_string(m_counter);
        added.group = "quality";
        added.walkMinutes = 10.0;
        added.confidence = "unverified";
        categories.push_back(std::move(added));
        what = "add category";
    } else {
        const std::size_t i = static_cast<std::size_t>(uniform(0, int(categories.size()) - 1));
        if (kind == 1) {
            categories[i].walkMinutes = static_cast<double>(uniform(1, 3) * 5);
            what = "set the target of " + categories[i].code;
        } else {
            what = "remove category " + categories[i].code;
            categories.erase(categories.begin() + static_cast<std::ptrdiff_t>(i));
        }
    }
    m_document.undoStack()->push(new ui::SetCatalog(m_document, catalog::Catalog(categories)));
    return what;
}

std::string RandomEditor::acceptConversions() {
    const project::Project& p = m_document.project();
    std::vector<proposals::Conversion> conversions;
    for (const project::IdleSpace& s : p.idleSpaces().items()) {
        if (!s.proposedFor.empty() || !chance(0.3)) continue;
        conversions.push_back({s.id, someCategory()});
        if (conversions.size() == 3) break;
    }
    if (conversions.empty()) return addIdleSpace();
    proposals::PlannedChanges changes = proposals::plannedChanges(p, conversions);
    m_document.undoStack()->push(
        new ui::AcceptConversions(m_document, std::move(changes.facilities), changes.spaces));
    return "accept " + std::to_string(conversions.size()) + " conversions";
}

std::string RandomEditor::setMetadata() {
    if (chance(0.5)) {
        m_document.undoStack()->push(new ui::SetMetadata(
            m_document, project::meta::kTitle, "街道规划 " + std::to_string(++m_counter),
            QStringLiteral("Title")));
        return "set title";
    }
    const std::string ratio = chance(0.3) ? "" : std::to_string(uniform(10, 40) / 10.0);
    m_document.undoStack()->push(new ui::SetMetadata(m_document, project::meta::kPlotRatio,
                                                     ratio, QStringLiteral("Plot ratio")));
    return "set plot ratio '" + ratio + "'";
}

std::string RandomEditor::setCircle() {
    const project::Project& p = m_document.project();
    project::Circle circle;
    if (!p.circles().empty() && chance(0.4)) {
        // Edit an existing circle, renaming it half of the time.
        const auto& all = p.circles();
        const project::Circle& old = all[static_cast<std::size_t>(uniform(0, int(all.size()) - 1))];
        circle = old;
        circle.satisfactionPercent = uniformReal(0.0, 100.0);
        if (chance(0.5)) circle.name = "生活圈 " + std::to_string(++m_counter);
        if (p.circle(circle.name) && circle.name != old.name) return "circle rename refused";
        m_document.undoStack()->push(new ui::SetCircle(m_document, old.name, circle));
        return "edit circle " + old.name;
    }
    circle.name = "生活圈 " + std::to_string(++m_counter);
    if (const auto* f = pick(p.facilities(), m_rng); f && chance(0.5)) {
        circle.kind = project::CircleKind::Centre;
        circle.centreFacility = f->id;
        circle.minutes = uniform(1, 3) * 5.0;
        circle.profileCode = chance(0.5) ? "older" : "adult";
    } else if (chance(0.5)) {
        circle.kind = project::CircleKind::Centre;
        circle.centrePoint = somewhere();
    } else {
        circle.kind = project::CircleKind::Area;
        circle.area = {geo::Polygon{square(somewhere(), 0.004), {}}};
        circle.households = uniform(100, 5000);
    }
    m_document.undoStack()->push(new ui::SetCircle(m_document, circle));
    return "add circle " + circle.name;
}

std::string RandomEditor::removeCircle() {
    const auto& all = m_document.project().circles();
    if (all.empty()) return setCircle();
    const std::string name = all[static_cast<std::size_t>(uniform(0, int(all.size()) - 1))].name;
    m_document.undoStack()->push(new ui::RemoveCircle(m_document, name));
    return "remove circle " + name;
}

std::string RandomEditor::setPrintLayout() {
    const auto& all = m_document.project().printLayouts();
    project::PrintLayout layout;
    layout.name = !all.empty() && chance(0.5)
                      ? all[static_cast<std::size_t>(uniform(0, int(all.size()) - 1))].name
                      : "导引图 " + std::to_string(++m_counter);
    layout.kind = "guide_map";
    layout.definition = "{\"paper\":\"A3\",\"n\":" + std::to_string(++m_counter) + "}";
    m_document.undoStack()->push(new ui::SetPrintLayout(m_document, layout));
    return "set print layout " + layout.name;
}

std::string RandomEditor::removePrintLayout() {
    const auto& all = m_document.project().printLayouts();
    if (all.empty()) return setPrintLayout();
    const std::string name = all[static_cast<std::size_t>(uniform(0, int(all.size()) - 1))].name;
    m_document.undoStack()->push(new ui::RemovePrintLayout(m_document, name));
    return "remove print layout " + name;
}

std::string RandomEditor::importGrid() {
    project::PopulationGrid grid;
    grid.kind = static_cast<project::PopulationGridKind>(uniform(0, 2));
    grid.source = "WorldPop";
    grid.year = 2020;
    grid.fileName = "grid.tif";
    grid.crs = "EPSG:4326";
    grid.cellAreaM2 = 10000.0;
    grid.importedAt = "2026-12-03T00:00:00Z";
    std::vector<project::PopulationCell> cells;
    const geo::LonLat origin = somewhere();
    const double step = 0.001;
    for (int row = 0; row < 3; ++row)
        for (int col = 0; col < 3; ++col) {
            project::PopulationCell cell;
            cell.outline.outer = square({origin.lon + col * step, origin.lat + row * step}, step);
            cell.value = grid.kind == project::PopulationGridKind::People ? uniformReal(0.0, 400.0)
                                                                        : uniformReal(0.0, 0.4);
            cells.push_back(std::move(cell));
        }
    m_document.undoStack()->push(
        new ui::ImportPopulationGrid(m_document, std::move(grid), std::move(cells)));
    return "import population grid";
}

std::string RandomEditor::reshapeCompound() {
    const project::Compound* c = pick(m_document.project().compounds(), m_rng);
    if (!c || c->outline.outer.size() < 3) return addCompound();
    const project::FeatureId id = c->id;
    // A vertex drag: several outlines with one drag id, merged into one step.
    const std::size_t vertex =
        static_cast<std::size_t>(uniform(0, int(c->outline.outer.size()) - 1));
    const int dragId = 1000 + ++m_counter;
    const int pushes = uniform(1, 3);
    for (int i = 0; i < pushes; ++i) {
        geo::Polygon outline = m_document.project().compounds().find(id)->outline;
        outline.outer[vertex].lon += uniformReal(-2e-4, 2e-4);
        outline.outer[vertex].lat += uniformReal(-2e-4, 2e-4);
        m_document.undoStack()->push(
            new ui::SetCompoundOutline(m_document, id, std::move(outline), dragId));
    }
    return "reshape compound " + std::to_string(id);
}

std::string RandomEditor::undo() {
    QUndoStack* stack = m_document.undoStack();
    const int n = std::min(uniform(1, 4), stack->index());
    for (int i = 0; i < n; ++i) stack->undo();
    return "undo " + std::to_string(n);
}

std::string RandomEditor::redo() {
    QUndoStack* stack = m_document.undoStack();
    const int n = std::min(uniform(1, 4), stack->count() - stack->index());
    for (int i = 0; i < n; ++i) stack->redo();
    return "redo " + std::to_string(n);
}

}  // namespace yike::test
