// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

#include "core/catalog/catalog.h"
#include "core/project/features.h"

namespace yike::project {

/// The layers of a project, for change events and for listing.
enum class Layer {
    Facilities,
    Compounds,
    Gates,
    IdleSpaces,
    Streets,
    Water,
    Buildings,
    GreenAreas,
    Population,  ///< population grids and their cells
    StudyArea,
    Catalog,
    WalkProfiles,
    Scenarios,
    PrintLayouts,
    Circles,  ///< living circles
    Metadata
};

/// What changed in a project. `id` is 0 for changes of a whole layer (Reset).
struct ChangeEvent {
    enum class Kind { Added, Changed, Removed, Reset };
    Layer layer;
    Kind kind;
    FeatureId id = 0;
};

/// Raised when a mutation names a feature that does not exist or breaks an invariant.
class ProjectLogicError : public std::logic_error {
public:
    using std::logic_error::logic_error;
};

/**
 * The features of one layer, in insertion order (insertAll() puts features back where they
 * were), with unique ids. Ids are assigned from a counter that never goes back, so an id is
 * never reused within a project, even after undo.
 *
 * Copies share their items until one of them changes (copy-on-write): copying a collection of
 * a million streets costs one reference count, and the first change after a copy duplicates
 * only this collection. A change never alters what another copy sees.
 */
template <typename T>
class FeatureCollection {
public:
    const std::vector<T>& items() const { return m_items ? *m_items : emptyItems(); }
    std::size_t size() const { return items().size(); }
    const T* find(FeatureId id) const;
    FeatureId nextId() const { return m_nextId; }
    /// Whether this collection and `other` share one item list (a copy not changed since).
    bool sharesItemsWith(const FeatureCollection& other) const {
        return m_items && m_items == other.m_items;
    }

    /// Adds the item; assigns the next id when item.id == 0. Returns the id.
    /// @throws ProjectLogicError when the id is already used.
    FeatureId add(T item);
    /// @throws ProjectLogicError when no item has item.id.
    void update(const T& item);
    /// Returns the index the item had. @throws ProjectLogicError when no item has that id.
    std::size_t remove(FeatureId id);
    /// Removes the items with these ids in one pass; the others keep their order. Returns the
    /// index each removed item had, in the order of `ids`, for insertAll().
    /// @throws ProjectLogicError when an id is unknown or listed twice; nothing is removed then.
    std::vector<std::size_t> removeAll(const std::vector<FeatureId>& ids);
    /// Puts items back under their own ids so that items[i] ends up at index indices[i]. Given
    /// what removeAll() took out and the indices it returned, the collection is then exactly as
    /// before the removal (undo of a deletion), order included.
    /// @throws ProjectLogicError when the sizes differ, an id is not positive, is listed twice
    /// or is in use, or the indices are not distinct and below the resulting size; nothing is
    /// added then.
    void insertAll(std::vector<T> items, const std::vector<std::size_t>& indices);
    void clear();
    /// Restores the id counter (used when loading a file).
    void setNextId(FeatureId next);

    friend bool operator==(const FeatureCollection& a, const FeatureCollection& b) {
        return a.m_nextId == b.m_nextId && (a.sharesItemsWith(b) || a.items() == b.items());
    }

private:
    static const std::vector<T>& emptyItems();
    /// The items for changing: a private copy first when another collection shares them.
    std::vector<T>& writableItems();
    std::size_t indexOf(FeatureId id) const;  // npos when absent

    // Never changed while shared: writableItems() copies first. Only the thread that owns a
    // collection copies it, so a use count of 1 seen there cannot grow behind its back.
    std::shared_ptr<std::vector<T>> m_items;
    FeatureId m_nextId = 1;
    /// Ids strictly increase along the list (the usual case: only undoing a single deletion
    /// puts an older id at the end), so lookups can bisect. A hint, not part of the value: it may
    /// be false for a list that ascends, never true for one that does not.
    bool m_ascending = true;
};

/**
 * The document data of a planning project: the features of every layer, the study area, the
 * standards profile (catalogue), walk profiles, scenarios, print layouts, living circles and
 * metadata. It knows nothing of files (see ProjectFile) or of undo (the UI's document pushes
 * commands that call these mutations).
 * Every mutation bumps revision() and calls the change listeners.
 *
 * Not thread-safe: mutate from one thread; copy for background work. Copies are cheap (the
 * feature layers are shared until changed, see FeatureCollection), so a copy taken after each
 * change is the way to hand a consistent snapshot to another thread.
 */
class Project {
public:
    using Listener = std::function<void(const ChangeEvent&)>;

    /// An empty project seeded with the built-in catalogue and the default walk profiles.
    static Project createDefault();

    const FeatureCollection<Facility>& facilities() const { return m_facilities; }
    const FeatureCollection<Compound>& compounds() const { return m_compounds; }
    const FeatureCollection<Gate>& gates() const { return m_gates; }
    const FeatureCollection<IdleSpace>& idleSpaces() const { return m_idleSpaces; }
    const FeatureCollection<Street>& streets() const { return m_streets; }
    const FeatureCollection<WaterArea>& waterAreas() const { return m_water; }
    const FeatureCollection<Building>& buildings() const { return m_buildings; }
    const FeatureCollection<GreenArea>& greenAreas() const { return m_green; }
    const FeatureCollection<Scenario>& scenarios() const { return m_scenarios; }
    const FeatureCollection<PopulationGrid>& populationGrids() const { return m_grids; }
    const FeatureCollection<PopulationCell>& populationCells() const { return m_cells; }
    /// The grid of this kind, or null.
    const PopulationGrid* populationGrid(PopulationGridKind kind) const;
    const std::optional<geo::Polygon>& studyArea() const { return m_studyArea; }
    const catalog::Catalog& catalog() const { return m_catalog; }
    const std::vector<WalkProfile>& walkProfiles() const { return m_walkProfiles; }
    const WalkProfile* walkProfile(const std::string& code) const;
    const std::map<std::string, std::string>& metadata() const { return m_metadata; }
    std::string metadataValue(const std::string& key) const;
    /// The named page layouts in the order they were added; replacing one keeps its place.
    /// Names are unique.
    const std::vector<PrintLayout>& printLayouts() const { return m_printLayouts; }
    /// The layout called `name`, or null.
    const PrintLayout* printLayout(const std::string& name) const;
    /// The living circles in the order they were added; replacing one keeps its place. Names
    /// are unique.
    const std::vector<Circle>& circles() const { return m_circles; }
    /// The circle called `name`, or null.
    const Circle* circle(const std::string& name) const;

    /// One feature at a time, each change announced with its own event. remove... returns the
    /// index the feature had in its layer; restore... puts a removed feature back at that index
    /// under its own id (the undo of a deletion: the layer is exactly as before, order
    /// included), announced as Added. Restoring checks first that the id is free and the index
    /// at most the layer's size (for a gate, that its compound exists) and throws
    /// ProjectLogicError otherwise, changing nothing.
    FeatureId addFacility(Facility f);
    void updateFacility(const Facility& f);
    std::size_t removeFacility(FeatureId id);
    void restoreFacility(Facility f, std::size_t index);

    FeatureId addCompound(Compound c);
    void updateCompound(const Compound& c);
    /// Removing a compound does not remove its gates; callers remove them first.
    std::size_t removeCompound(FeatureId id);
    void restoreCompound(Compound c, std::size_t index);

    /// @throws ProjectLogicError when the gate's compound does not exist.
    FeatureId addGate(Gate g);
    void updateGate(const Gate& g);
    std::size_t removeGate(FeatureId id);
    void restoreGate(Gate g, std::size_t index);

    FeatureId addIdleSpace(IdleSpace s);
    void updateIdleSpace(const IdleSpace& s);
    std::size_t removeIdleSpace(FeatureId id);
    void restoreIdleSpace(IdleSpace s, std::size_t index);

    /// Bulk changes for imports and large deletions: many features added, removed or restored
    /// with one Reset event for the layer instead of one event each, so views update once.
    /// Nothing is announced when nothing changes.
    ///
    /// Adding assigns ids as addFacility etc. do and returns them in order. Should one fail,
    /// those added so far stay and the Reset is still sent.
    std::vector<FeatureId> addFacilities(std::vector<Facility> items);
    std::vector<FeatureId> addCompounds(std::vector<Compound> items);
    std::vector<FeatureId> addIdleSpaces(std::vector<IdleSpace> items);
    /// Removal checks every id first: an unknown or repeated id throws ProjectLogicError and
    /// changes nothing. The other features keep their order. Returns the index each removed
    /// feature had in its layer, in the order of `ids`, for restoreFacilities() etc.
    std::vector<std::size_t> removeFacilities(const std::vector<FeatureId>& ids);
    /// Removing compounds does not remove their gates; callers remove them first.
    std::vector<std::size_t> removeCompounds(const std::vector<FeatureId>& ids);
    std::vector<std::size_t> removeGates(const std::vector<FeatureId>& ids);
    std::vector<std::size_t> removeIdleSpaces(const std::vector<FeatureId>& ids);
    /// Undo of a bulk removal: puts the removed features back under their own ids at the
    /// indices removeFacilities() etc. returned, so the layer is exactly as before, order
    /// included. Everything is checked first (ids free, indices in range, see
    /// FeatureCollection::insertAll; for gates, that their compounds exist): on failure
    /// ProjectLogicError is thrown and nothing changes. Restore compounds before their gates.
    void restoreFacilities(std::vector<Facility> items, const std::vector<std::size_t>& indices);
    void restoreCompounds(std::vector<Compound> items, const std::vector<std::size_t>& indices);
    void restoreGates(std::vector<Gate> items, const std::vector<std::size_t>& indices);
    void restoreIdleSpaces(std::vector<IdleSpace> items, const std::vector<std::size_t>& indices);

    FeatureId addStreet(Street s);
    void removeStreet(FeatureId id);

    FeatureId addWaterArea(WaterArea w);
    void removeWaterArea(FeatureId id);

    FeatureId addBuilding(Building b);
    void removeBuilding(FeatureId id);

    FeatureId addGreenArea(GreenArea g);
    void removeGreenArea(FeatureId id);

    /// What removePopulationGrid took out, for restorePopulationGrid (undo).
    struct RemovedGrid {
        PopulationGrid grid;
        std::size_t gridIndex = 0;
        std::vector<PopulationCell> cells;
        std::vector<std::size_t> cellIndices;
    };
    /// Adds a grid and its cells (their gridId is set here) with one Reset event for the
    /// Population layer. Returns the grid's id.
    /// @throws ProjectLogicError when the project already holds a grid of that kind.
    FeatureId addPopulationGrid(PopulationGrid grid, std::vector<PopulationCell> cells);
    /// Removes a grid with its cells. @throws ProjectLogicError for an unknown id.
    RemovedGrid removePopulationGrid(FeatureId id);
    /// Puts a removed grid back exactly as it was (ids and order).
    void restorePopulationGrid(RemovedGrid removed);

    FeatureId addScenario(Scenario s);
    void updateScenario(const Scenario& s);
    void removeScenario(FeatureId id);

    void setStudyArea(std::optional<geo::Polygon> area);
    void setCatalog(catalog::Catalog catalog);
    void setWalkProfiles(std::vector<WalkProfile> profiles);
    /// An empty value removes the key.
    void setMetadataValue(const std::string& key, const std::string& value);

    /// Print layouts change with one Reset event for Layer::PrintLayouts each.
    ///
    /// Refuses what the project cannot hold: an empty name or kind, or a name, kind or
    /// definition that is not valid UTF-8. @throws ProjectLogicError then.
    static void checkPrintLayout(const PrintLayout& layout);
    /// Adds `layout` after the others, or replaces the layout of the same name where it is.
    /// Returns its index in printLayouts(). @throws ProjectLogicError, see checkPrintLayout.
    std::size_t setPrintLayout(PrintLayout layout);
    /// Puts `layout` at `index` (0 .. printLayouts().size()), the others keeping their order:
    /// the undo of a removal, given the index removePrintLayout returned.
    /// @throws ProjectLogicError when the name is taken, the index is past the end, or as
    /// checkPrintLayout; nothing changes then.
    void insertPrintLayout(std::size_t index, PrintLayout layout);
    /// Removes the layout called `name`; returns the index it had.
    /// @throws ProjectLogicError when there is none.
    std::size_t removePrintLayout(const std::string& name);

    /// Living circles change with one Reset event for Layer::Circles each, like print layouts.
    /// A circle is known by its name: setCircle with a name not yet used adds a circle, so a
    /// rename goes through replaceCircle.
    ///
    /// Refuses what a circle cannot be: a blank name (empty, or only spaces); an Area circle
    /// without an outline, with a ring of fewer than three vertices or a vertex that is not a
    /// finite longitude and latitude, or with a centre; a Centre circle with neither a facility
    /// nor a point, with both, with a negative facility id, a point that is not a finite
    /// longitude and latitude, or an outline; minutes that are not a positive number; an empty
    /// walk profile code; a satisfaction outside 0 .. 100; a negative household count; text
    /// that is not valid UTF-8. @throws ProjectLogicError then, the message naming the circle.
    static void checkCircle(const Circle& circle);
    /// Adds `circle` after the others, or replaces the circle of the same name where it is.
    /// Returns its index in circles(). @throws ProjectLogicError, see checkCircle.
    std::size_t setCircle(Circle circle);
    /// Replaces the circle called `name` with `circle` in its place: an edit that may rename it
    /// (circle.name differs from `name`). Returns its index in circles().
    /// @throws ProjectLogicError when there is no circle called `name`, another circle has
    /// circle.name, or as checkCircle; nothing changes then.
    std::size_t replaceCircle(const std::string& name, Circle circle);
    /// Puts `circle` at `index` (0 .. circles().size()), the others keeping their order: the
    /// undo of a removal, given the index removeCircle returned.
    /// @throws ProjectLogicError when the name is taken, the index is past the end, or as
    /// checkCircle; nothing changes then.
    void insertCircle(std::size_t index, Circle circle);
    /// Removes the circle called `name`; returns the index it had.
    /// @throws ProjectLogicError when there is none.
    std::size_t removeCircle(const std::string& name);

    /// Bounds of every feature of the project, the outlines and centre points of living circles
    /// included (empty box for an empty project).
    geo::BoundingBox bounds() const;

    /// Incremented by every mutation; lets caches and views notice change cheaply.
    std::uint64_t revision() const { return m_revision; }

    /// Registers a listener; returns a handle for removeListener.
    int addListener(Listener listener);
    void removeListener(int handle);

    /// Compares data only (not listeners or revision).
    bool sameContent(const Project& other) const;

private:
    friend class ProjectFile;  // restores id counters when loading
    void notify(Layer layer, ChangeEvent::Kind kind, FeatureId id);

    FeatureCollection<Facility> m_facilities;
    FeatureCollection<Compound> m_compounds;
    FeatureCollection<Gate> m_gates;
    FeatureCollection<IdleSpace> m_idleSpaces;
    FeatureCollection<Street> m_streets;
    FeatureCollection<WaterArea> m_water;
    FeatureCollection<Building> m_buildings;
    FeatureCollection<GreenArea> m_green;
    FeatureCollection<Scenario> m_scenarios;
    FeatureCollection<PopulationGrid> m_grids;
    FeatureCollection<PopulationCell> m_cells;
    std::optional<geo::Polygon> m_studyArea;
    catalog::Catalog m_catalog;
    std::vector<WalkProfile> m_walkProfiles;
    std::map<std::string, std::string> m_metadata;
    std::vector<PrintLayout> m_printLayouts;
    std::vector<Circle> m_circles;
    std::uint64_t m_revision = 0;
    std::map<int, Listener> m_listeners;
    int m_nextListener = 1;
};

/// Well-known metadata keys.
namespace meta {
inline constexpr const char* kTitle = "title";            ///< project title shown in the UI
inline constexpr const char* kRegion = "region";          ///< district / sub-district name
inline constexpr const char* kCreatedAt = "created_at";   ///< ISO 8601 UTC
inline constexpr const char* kAttribution = "attribution";  ///< e.g. "© OpenStreetMap contributors"
/// The residential plot ratio (住宅用地容积率) the project assumes for compounds without one of
/// their own, as a decimal number; unset: the built-in assumption (access::kDefaultPlotRatio).
inline constexpr const char* kPlotRatio = "residents.plot_ratio";
}  // namespace meta

}  // namespace yike::project
