// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/project/project.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <memory>
#include <sstream>
#include <string>
#include <string_view>
#include <utility>

#include <nlohmann/json.hpp>

namespace yike::project {

// ---- FeatureCollection ------------------------------------------------------------------

template <typename T>
const std::vector<T>& FeatureCollection<T>::emptyItems() {
    static const std::vector<T> empty;
    return empty;
}

template <typename T>
std::vector<T>& FeatureCollection<T>::writableItems() {
    if (!m_items)
        m_items = std::make_shared<std::vector<T>>();
    else if (m_items.use_count() > 1)
        m_items = std::make_shared<std::vector<T>>(*m_items);
    return *m_items;
}

template <typename T>
std::size_t FeatureCollection<T>::indexOf(FeatureId id) const {
    constexpr std::size_t npos = std::numeric_limits<std::size_t>::max();
    const std::vector<T>& all = items();
    if (m_ascending) {
        const auto it = std::lower_bound(all.begin(), all.end(), id,
                                         [](const T& item, FeatureId key) { return item.id < key; });
        return it != all.end() && it->id == id ? static_cast<std::size_t>(it - all.begin()) : npos;
    }
    // From the back: recently added features (a feature just drawn, an import being undone)
    // are found first.
    const auto it =
        std::find_if(all.rbegin(), all.rend(), [id](const T& item) { return item.id == id; });
    return it == all.rend() ? npos : static_cast<std::size_t>(all.rend() - it) - 1;
}

template <typename T>
const T* FeatureCollection<T>::find(FeatureId id) const {
    const std::size_t i = indexOf(id);
    return i < size() ? &items()[i] : nullptr;
}

template <typename T>
FeatureId FeatureCollection<T>::add(T item) {
    if (item.id == 0) item.id = m_nextId;
    if (item.id < 0) throw ProjectLogicError("feature id must be positive");
    // Every id in use is below m_nextId, and in an ascending list below the last one, so only
    // a lower id needs the search.
    const bool afterLast = items().empty() || item.id > items().back().id;
    if (item.id < m_nextId && !(m_ascending && afterLast) && find(item.id) != nullptr)
        throw ProjectLogicError("feature id " + std::to_string(item.id) + " is already used");
    m_nextId = std::max(m_nextId, item.id + 1);
    m_ascending = m_ascending && afterLast;
    std::vector<T>& all = writableItems();
    all.push_back(std::move(item));
    return all.back().id;
}

template <typename T>
void FeatureCollection<T>::update(const T& item) {
    const std::size_t i = indexOf(item.id);
    if (i >= size()) throw ProjectLogicError("no feature with id " + std::to_string(item.id));
    writableItems()[i] = item;
}

template <typename T>
std::size_t FeatureCollection<T>::remove(FeatureId id) {
    const std::size_t i = indexOf(id);
    if (i >= size()) throw ProjectLogicError("no feature with id " + std::to_string(id));
    std::vector<T>& all = writableItems();
    all.erase(all.begin() + static_cast<std::ptrdiff_t>(i));
    return i;
}

namespace {

constexpr std::size_t kNoIndex = std::numeric_limits<std::size_t>::max();

template <typename T>
bool idsAscend(const std::vector<T>& items) {
    return std::adjacent_find(items.begin(), items.end(),
                              [](const T& a, const T& b) { return a.id >= b.id; })
           == items.end();
}

}  // namespace

template <typename T>
std::vector<std::size_t> FeatureCollection<T>::removeAll(const std::vector<FeatureId>& ids) {
    if (ids.empty()) return {};
    // The wanted ids sorted, each with its place in `ids`: one pass over the items finds them
    // all, in any list order (a lookup per id would bisect only in an ascending list).
    using Wanted = std::pair<FeatureId, std::size_t>;
    std::vector<Wanted> wanted(ids.size());
    for (std::size_t i = 0; i < ids.size(); ++i) wanted[i] = {ids[i], i};
    std::sort(wanted.begin(), wanted.end());
    for (std::size_t i = 1; i < wanted.size(); ++i)
        if (wanted[i].first == wanted[i - 1].first)
            throw ProjectLogicError("feature id " + std::to_string(wanted[i].first)
                                    + " is listed twice");
    std::vector<std::size_t> indices(ids.size(), kNoIndex);
    std::size_t found = 0;
    const std::vector<T>& all = items();
    for (std::size_t i = 0; i < all.size() && found < wanted.size(); ++i) {
        const FeatureId id = all[i].id;
        const auto it =
            std::lower_bound(wanted.begin(), wanted.end(), id,
                             [](const Wanted& w, FeatureId key) { return w.first < key; });
        if (it == wanted.end() || it->first != id) continue;
        indices[it->second] = i;
        ++found;
    }
    if (found < ids.size())
        for (std::size_t i = 0; i < ids.size(); ++i)
            if (indices[i] == kNoIndex)
                throw ProjectLogicError("no feature with id " + std::to_string(ids[i]));

    // Everything checked: keep the rest in order, moving within a list this collection owns
    // alone, copying the kept items only when another copy shares the list.
    std::vector<std::size_t> gone = indices;
    std::sort(gone.begin(), gone.end());
    std::size_t next = 0;
    const auto removed = [&](std::size_t i) {
        if (next < gone.size() && gone[next] == i) {
            ++next;
            return true;
        }
        return false;
    };
    if (m_items.use_count() > 1) {
        auto kept = std::make_shared<std::vector<T>>();
        kept->reserve(all.size() - gone.size());
        for (std::size_t i = 0; i < all.size(); ++i)
            if (!removed(i)) kept->push_back(all[i]);
        m_items = std::move(kept);
    } else {
        std::vector<T>& own = *m_items;
        std::size_t out = 0;
        for (std::size_t i = 0; i < own.size(); ++i) {
            if (removed(i)) continue;
            if (out != i) own[out] = std::move(own[i]);
            ++out;
        }
        own.erase(own.begin() + static_cast<std::ptrdiff_t>(out), own.end());
    }
    // Removing the older ids that undo had appended makes the list ascend again.
    m_ascending = m_ascending || idsAscend(items());
    return indices;
}

template <typename T>
void FeatureCollection<T>::insertAll(std::vector<T> restored,
                                     const std::vector<std::size_t>& indices) {
    if (restored.size() != indices.size())
        throw ProjectLogicError("every restored feature needs one index");
    if (restored.empty()) return;
    const std::vector<T>& all = items();
    const std::size_t total = all.size() + restored.size();

    // The restored items in the order of their final index; the indices must be distinct and
    // inside the resulting list, so that they interleave with the present items exactly once.
    std::vector<std::size_t> order(restored.size());
    for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
    std::sort(order.begin(), order.end(),
              [&](std::size_t a, std::size_t b) { return indices[a] < indices[b]; });
    for (std::size_t k = 0; k < order.size(); ++k) {
        const std::size_t at = indices[order[k]];
        if (at >= total)
            throw ProjectLogicError("index " + std::to_string(at) + " is past the end of "
                                    + std::to_string(total) + " features");
        if (k > 0 && at == indices[order[k - 1]])
            throw ProjectLogicError("index " + std::to_string(at) + " is listed twice");
    }
    std::vector<FeatureId> ids(restored.size());
    for (std::size_t i = 0; i < restored.size(); ++i) {
        if (restored[i].id <= 0) throw ProjectLogicError("a restored feature needs its own id");
        ids[i] = restored[i].id;
    }
    std::sort(ids.begin(), ids.end());
    for (std::size_t i = 1; i < ids.size(); ++i)
        if (ids[i] == ids[i - 1])
            throw ProjectLogicError("feature id " + std::to_string(ids[i]) + " is listed twice");
    for (const T& item : all)
        if (std::binary_search(ids.begin(), ids.end(), item.id))
            throw ProjectLogicError("feature id " + std::to_string(item.id) + " is already used");

    // Interleave into a new list; the present items are moved when no other copy shares them.
    auto merged = std::make_shared<std::vector<T>>();
    merged->reserve(total);
    std::vector<T>* own = m_items.use_count() == 1 ? m_items.get() : nullptr;
    std::size_t next = 0;
    std::size_t present = 0;
    for (std::size_t at = 0; at < total; ++at) {
        if (next < order.size() && indices[order[next]] == at)
            merged->push_back(std::move(restored[order[next++]]));
        else if (own != nullptr)
            merged->push_back(std::move((*own)[present++]));
        else
            merged->push_back(all[present++]);
    }
    m_items = std::move(merged);
    m_nextId = std::max(m_nextId, ids.back() + 1);
    m_ascending = idsAscend(items());
}

template <typename T>
void FeatureCollection<T>::clear() {
    m_items.reset();
    m_ascending = true;
}

template <typename T>
void FeatureCollection<T>::setNextId(FeatureId next) {
    m_nextId = next;
    for (const T& item : items()) m_nextId = std::max(m_nextId, item.id + 1);
}

template class FeatureCollection<Facility>;
template class FeatureCollection<Compound>;
template class FeatureCollection<Gate>;
template class FeatureCollection<IdleSpace>;
template class FeatureCollection<Street>;
template class FeatureCollection<WaterArea>;
template class FeatureCollection<Building>;
template class FeatureCollection<GreenArea>;
template class FeatureCollection<Scenario>;
template class FeatureCollection<PopulationGrid>;
template class FeatureCollection<PopulationCell>;

// ---- Project ------------------------------------------------------------------------------

Project Project::createDefault() {
    Project project;
    project.m_catalog = catalog::builtinCatalog();
    project.m_walkProfiles = defaultWalkProfiles();
    return project;
}

const WalkProfile* Project::walkProfile(const std::string& code) const {
    for (const WalkProfile& p : m_walkProfiles)
        if (p.code == code) return &p;
    return nullptr;
}

std::string Project::metadataValue(const std::string& key) const {
    const auto it = m_metadata.find(key);
    return it == m_metadata.end() ? std::string() : it->second;
}

void Project::notify(Layer layer, ChangeEvent::Kind kind, FeatureId id) {
    ++m_revision;
    const ChangeEvent event{layer, kind, id};
    // Copy: a listener may add or remove listeners.
    const auto listeners = m_listeners;
    for (const auto& [handle, listener] : listeners) listener(event);
}

FeatureId Project::addFacility(Facility f) {
    const FeatureId id = m_facilities.add(std::move(f));
    notify(Layer::Facilities, ChangeEvent::Kind::Added, id);
    return id;
}
void Project::updateFacility(const Facility& f) {
    m_facilities.update(f);
    notify(Layer::Facilities, ChangeEvent::Kind::Changed, f.id);
}
std::size_t Project::removeFacility(FeatureId id) {
    const std::size_t index = m_facilities.remove(id);
    notify(Layer::Facilities, ChangeEvent::Kind::Removed, id);
    return index;
}
void Project::restoreFacility(Facility f, std::size_t index) {
    const FeatureId id = f.id;
    m_facilities.insertAll({std::move(f)}, {index});
    notify(Layer::Facilities, ChangeEvent::Kind::Added, id);
}

FeatureId Project::addCompound(Compound c) {
    const FeatureId id = m_compounds.add(std::move(c));
    notify(Layer::Compounds, ChangeEvent::Kind::Added, id);
    return id;
}
void Project::updateCompound(const Compound& c) {
    m_compounds.update(c);
    notify(Layer::Compounds, ChangeEvent::Kind::Changed, c.id);
}
std::size_t Project::removeCompound(FeatureId id) {
    const std::size_t index = m_compounds.remove(id);
    notify(Layer::Compounds, ChangeEvent::Kind::Removed, id);
    return index;
}
void Project::restoreCompound(Compound c, std::size_t index) {
    const FeatureId id = c.id;
    m_compounds.insertAll({std::move(c)}, {index});
    notify(Layer::Compounds, ChangeEvent::Kind::Added, id);
}

FeatureId Project::addGate(Gate g) {
    if (m_compounds.find(g.compoundId) == nullptr)
        throw ProjectLogicError("gate refers to missing compound "
                                + std::to_string(g.compoundId));
    const FeatureId id = m_gates.add(std::move(g));
    notify(Layer::Gates, ChangeEvent::Kind::Added, id);
    return id;
}
void Project::updateGate(const Gate& g) {
    if (m_compounds.find(g.compoundId) == nullptr)
        throw ProjectLogicError("gate refers to missing compound "
                                + std::to_string(g.compoundId));
    m_gates.update(g);
    notify(Layer::Gates, ChangeEvent::Kind::Changed, g.id);
}
std::size_t Project::removeGate(FeatureId id) {
    const std::size_t index = m_gates.remove(id);
    notify(Layer::Gates, ChangeEvent::Kind::Removed, id);
    return index;
}
void Project::restoreGate(Gate g, std::size_t index) {
    if (m_compounds.find(g.compoundId) == nullptr)
        throw ProjectLogicError("gate refers to missing compound "
                                + std::to_string(g.compoundId));
    const FeatureId id = g.id;
    m_gates.insertAll({std::move(g)}, {index});
    notify(Layer::Gates, ChangeEvent::Kind::Added, id);
}

FeatureId Project::addIdleSpace(IdleSpace s) {
    const FeatureId id = m_idleSpaces.add(std::move(s));
    notify(Layer::IdleSpaces, ChangeEvent::Kind::Added, id);
    return id;
}
void Project::updateIdleSpace(const IdleSpace& s) {
    m_idleSpaces.update(s);
    notify(Layer::IdleSpaces, ChangeEvent::Kind::Changed, s.id);
}
std::size_t Project::removeIdleSpace(FeatureId id) {
    const std::size_t index = m_idleSpaces.remove(id);
    notify(Layer::IdleSpaces, ChangeEvent::Kind::Removed, id);
    return index;
}
void Project::restoreIdleSpace(IdleSpace s, std::size_t index) {
    const FeatureId id = s.id;
    m_idleSpaces.insertAll({std::move(s)}, {index});
    notify(Layer::IdleSpaces, ChangeEvent::Kind::Added, id);
}

namespace {

/// Applies `step` to each item, then calls `announce` once if anything changed, also when a
/// step throws part way.
template <typename Items, typename Step, typename Announce>
void applyAll(Items&& items, Step step, Announce announce) {
    bool changed = false;
    try {
        for (auto&& item : items) {
            step(std::forward<decltype(item)>(item));
            changed = true;
        }
    } catch (...) {
        if (changed) announce();
        throw;
    }
    if (changed) announce();
}

}  // namespace

std::vector<FeatureId> Project::addFacilities(std::vector<Facility> items) {
    std::vector<FeatureId> ids;
    ids.reserve(items.size());
    applyAll(
        std::move(items), [&](Facility& f) { ids.push_back(m_facilities.add(std::move(f))); },
        [this] { notify(Layer::Facilities, ChangeEvent::Kind::Reset, 0); });
    return ids;
}

std::vector<FeatureId> Project::addCompounds(std::vector<Compound> items) {
    std::vector<FeatureId> ids;
    ids.reserve(items.size());
    applyAll(
        std::move(items), [&](Compound& c) { ids.push_back(m_compounds.add(std::move(c))); },
        [this] { notify(Layer::Compounds, ChangeEvent::Kind::Reset, 0); });
    return ids;
}

std::vector<FeatureId> Project::addIdleSpaces(std::vector<IdleSpace> items) {
    std::vector<FeatureId> ids;
    ids.reserve(items.size());
    applyAll(
        std::move(items), [&](IdleSpace& s) { ids.push_back(m_idleSpaces.add(std::move(s))); },
        [this] { notify(Layer::IdleSpaces, ChangeEvent::Kind::Reset, 0); });
    return ids;
}

namespace {

/// Removes in one pass and announces one Reset when anything went.
template <typename T, typename Announce>
std::vector<std::size_t> removeAnnounced(FeatureCollection<T>& collection,
                                         const std::vector<FeatureId>& ids, Announce announce) {
    std::vector<std::size_t> indices = collection.removeAll(ids);
    if (!indices.empty()) announce();
    return indices;
}

/// Puts features back in one pass and announces one Reset when anything came back.
template <typename T, typename Announce>
void restoreAnnounced(FeatureCollection<T>& collection, std::vector<T> items,
                      const std::vector<std::size_t>& indices, Announce announce) {
    const bool any = !items.empty();
    collection.insertAll(std::move(items), indices);
    if (any) announce();
}

}  // namespace

std::vector<std::size_t> Project::removeFacilities(const std::vector<FeatureId>& ids) {
    return removeAnnounced(m_facilities, ids,
                           [this] { notify(Layer::Facilities, ChangeEvent::Kind::Reset, 0); });
}

std::vector<std::size_t> Project::removeCompounds(const std::vector<FeatureId>& ids) {
    return removeAnnounced(m_compounds, ids,
                           [this] { notify(Layer::Compounds, ChangeEvent::Kind::Reset, 0); });
}

std::vector<std::size_t> Project::removeGates(const std::vector<FeatureId>& ids) {
    return removeAnnounced(m_gates, ids,
                           [this] { notify(Layer::Gates, ChangeEvent::Kind::Reset, 0); });
}

std::vector<std::size_t> Project::removeIdleSpaces(const std::vector<FeatureId>& ids) {
    return removeAnnounced(m_idleSpaces, ids,
                           [this] { notify(Layer::IdleSpaces, ChangeEvent::Kind::Reset, 0); });
}

void Project::restoreFacilities(std::vector<Facility> items,
                                const std::vector<std::size_t>& indices) {
    restoreAnnounced(m_facilities, std::move(items), indices,
                     [this] { notify(Layer::Facilities, ChangeEvent::Kind::Reset, 0); });
}

void Project::restoreCompounds(std::vector<Compound> items,
                               const std::vector<std::size_t>& indices) {
    restoreAnnounced(m_compounds, std::move(items), indices,
                     [this] { notify(Layer::Compounds, ChangeEvent::Kind::Reset, 0); });
}

void Project::restoreGates(std::vector<Gate> items, const std::vector<std::size_t>& indices) {
    // The gates of one compound share its id: check each compound once.
    std::vector<FeatureId> compounds;
    compounds.reserve(items.size());
    for (const Gate& g : items) compounds.push_back(g.compoundId);
    std::sort(compounds.begin(), compounds.end());
    compounds.erase(std::unique(compounds.begin(), compounds.end()), compounds.end());
    for (FeatureId compound : compounds)
        if (m_compounds.find(compound) == nullptr)
            throw ProjectLogicError("gate refers to missing compound " + std::to_string(compound));
    restoreAnnounced(m_gates, std::move(items), indices,
                     [this] { notify(Layer::Gates, ChangeEvent::Kind::Reset, 0); });
}

void Project::restoreIdleSpaces(std::vector<IdleSpace> items,
                                const std::vector<std::size_t>& indices) {
    restoreAnnounced(m_idleSpaces, std::move(items), indices,
                     [this] { notify(Layer::IdleSpaces, ChangeEvent::Kind::Reset, 0); });
}

FeatureId Project::addStreet(Street s) {
    const FeatureId id = m_streets.add(std::move(s));
    notify(Layer::Streets, ChangeEvent::Kind::Added, id);
    return id;
}
void Project::removeStreet(FeatureId id) {
    m_streets.remove(id);
    notify(Layer::Streets, ChangeEvent::Kind::Removed, id);
}

FeatureId Project::addWaterArea(WaterArea w) {
    const FeatureId id = m_water.add(std::move(w));
    notify(Layer::Water, ChangeEvent::Kind::Added, id);
    return id;
}
void Project::removeWaterArea(FeatureId id) {
    m_water.remove(id);
    notify(Layer::Water, ChangeEvent::Kind::Removed, id);
}

FeatureId Project::addBuilding(Building b) {
    const FeatureId id = m_buildings.add(std::move(b));
    notify(Layer::Buildings, ChangeEvent::Kind::Added, id);
    return id;
}
void Project::removeBuilding(FeatureId id) {
    m_buildings.remove(id);
    notify(Layer::Buildings, ChangeEvent::Kind::Removed, id);
}

FeatureId Project::addGreenArea(GreenArea g) {
    const FeatureId id = m_green.add(std::move(g));
    notify(Layer::GreenAreas, ChangeEvent::Kind::Added, id);
    return id;
}
void Project::removeGreenArea(FeatureId id) {
    m_green.remove(id);
    notify(Layer::GreenAreas, ChangeEvent::Kind::Removed, id);
}

FeatureId Project::addScenario(Scenario s) {
    const FeatureId id = m_scenarios.add(std::move(s));
    notify(Layer::Scenarios, ChangeEvent::Kind::Added, id);
    return id;
}
void Project::updateScenario(const Scenario& s) {
    m_scenarios.update(s);
    notify(Layer::Scenarios, ChangeEvent::Kind::Changed, s.id);
}
void Project::removeScenario(FeatureId id) {
    m_scenarios.remove(id);
    notify(Layer::Scenarios, ChangeEvent::Kind::Removed, id);
}

void Project::setStudyArea(std::optional<geo::Polygon> area) {
    m_studyArea = std::move(area);
    notify(Layer::StudyArea, ChangeEvent::Kind::Reset, 0);
}

void Project::setCatalog(catalog::Catalog catalog) {
    m_catalog = std::move(catalog);
    notify(Layer::Catalog, ChangeEvent::Kind::Reset, 0);
}

void Project::setWalkProfiles(std::vector<WalkProfile> profiles) {
    for (std::size_t i = 0; i < profiles.size(); ++i) {
        if (profiles[i].code.empty()) throw ProjectLogicError("walk profile without a code");
        if (!(profiles[i].speedMps > 0.0))
            throw ProjectLogicError("walk profile '" + profiles[i].code
                                    + "' needs a positive speed");
        for (std::size_t j = 0; j < i; ++j)
            if (profiles[j].code == profiles[i].code)
                throw ProjectLogicError("duplicate walk profile '" + profiles[i].code + "'");
    }
    m_walkProfiles = std::move(profiles);
    notify(Layer::WalkProfiles, ChangeEvent::Kind::Reset, 0);
}

void Project::setMetadataValue(const std::string& key, const std::string& value) {
    if (value.empty())
        m_metadata.erase(key);
    else
        m_metadata[key] = value;
    notify(Layer::Metadata, ChangeEvent::Kind::Changed, 0);
}

namespace {

/// Whether `text` is well-formed UTF-8. The JSON serialiser checks exactly that (no overlong
/// forms, surrogates or code points past U+10FFFF) before it writes a string; the project
/// module cannot use the exchange module's check, which sits above it.
bool isUtf8(const std::string& text) {
    try {
        (void)nlohmann::json(text).dump();
        return true;
    } catch (const nlohmann::json::type_error&) {
        return false;
    }
}

std::vector<PrintLayout>::const_iterator findLayout(const std::vector<PrintLayout>& layouts,
                                                    const std::string& name) {
    return std::find_if(layouts.begin(), layouts.end(),
                        [&name](const PrintLayout& l) { return l.name == name; });
}

}  // namespace

const PrintLayout* Project::printLayout(const std::string& name) const {
    const auto it = findLayout(m_printLayouts, name);
    return it == m_printLayouts.end() ? nullptr : &*it;
}

void Project::checkPrintLayout(const PrintLayout& layout) {
    if (layout.name.empty()) throw ProjectLogicError("print layout without a name");
    // A name that is not UTF-8 is left out of the messages, which end up on screen.
    if (!isUtf8(layout.name)) throw ProjectLogicError("print layout name that is not UTF-8");
    const std::string which = "print layout '" + layout.name + "'";
    if (layout.kind.empty()) throw ProjectLogicError(which + " has no kind");
    if (!isUtf8(layout.kind)) throw ProjectLogicError(which + ": its kind is not UTF-8");
    if (!isUtf8(layout.definition))
        throw ProjectLogicError(which + ": its definition is not UTF-8");
}

std::size_t Project::setPrintLayout(PrintLayout layout) {
    checkPrintLayout(layout);
    const auto found = findLayout(m_printLayouts, layout.name);
    const auto index = static_cast<std::size_t>(found - m_printLayouts.begin());
    if (found == m_printLayouts.end())
        m_printLayouts.push_back(std::move(layout));
    else
        m_printLayouts[index] = std::move(layout);
    notify(Layer::PrintLayouts, ChangeEvent::Kind::Reset, 0);
    return index;
}

void Project::insertPrintLayout(std::size_t index, PrintLayout layout) {
    checkPrintLayout(layout);
    if (index > m_printLayouts.size())
        throw ProjectLogicError("index " + std::to_string(index) + " is past the end of "
                                + std::to_string(m_printLayouts.size()) + " print layouts");
    if (printLayout(layout.name) != nullptr)
        throw ProjectLogicError("a second print layout called '" + layout.name + "'");
    m_printLayouts.insert(m_printLayouts.begin() + static_cast<std::ptrdiff_t>(index),
                          std::move(layout));
    notify(Layer::PrintLayouts, ChangeEvent::Kind::Reset, 0);
}

std::size_t Project::removePrintLayout(const std::string& name) {
    const auto found = findLayout(m_printLayouts, name);
    if (found == m_printLayouts.end())
        throw ProjectLogicError("no print layout called '" + name + "'");
    const auto index = static_cast<std::size_t>(found - m_printLayouts.begin());
    m_printLayouts.erase(found);
    notify(Layer::PrintLayouts, ChangeEvent::Kind::Reset, 0);
    return index;
}

namespace {

/// Whether `text` holds nothing but white space: ASCII, or the ideographic space (U+3000) that
/// Chinese input methods type.
bool isBlank(const std::string& text) {
    constexpr std::string_view kIdeographicSpace = "\xE3\x80\x80";
    for (std::size_t i = 0; i < text.size();) {
        if (std::string_view(" \t\n\r\v\f").find(text[i]) != std::string_view::npos) {
            ++i;
        } else if (std::string_view(text).substr(i, 3) == kIdeographicSpace) {
            i += 3;
        } else {
            return false;
        }
    }
    return true;
}

bool isFinite(geo::LonLat p) {
    return std::isfinite(p.lon) && std::isfinite(p.lat);
}

/// A number as a message shows it: "15", "-2.5", "inf".
std::string numberText(double value) {
    std::ostringstream out;
    out << value;
    return out.str();
}

/// What is wrong with one ring of a circle's outline ("the outer ring of part 1", "hole 2 of
/// part 1"); empty when nothing is.
std::string ringProblem(const geo::Ring& ring, const std::string& which) {
    if (ring.size() < 3)
        return which + " has " + std::to_string(ring.size())
               + " vertices; a ring needs at least three";
    for (const geo::LonLat& p : ring)
        if (!isFinite(p))
            return which + " has a vertex that is not a finite longitude and latitude";
    return {};
}

std::vector<Circle>::const_iterator findCircle(const std::vector<Circle>& circles,
                                               const std::string& name) {
    return std::find_if(circles.begin(), circles.end(),
                        [&name](const Circle& c) { return c.name == name; });
}

}  // namespace

const Circle* Project::circle(const std::string& name) const {
    const auto it = findCircle(m_circles, name);
    return it == m_circles.end() ? nullptr : &*it;
}

void Project::checkCircle(const Circle& circle) {
    if (isBlank(circle.name)) throw ProjectLogicError("living circle without a name");
    // A name that is not UTF-8 is left out of the messages, which end up on screen.
    if (!isUtf8(circle.name)) throw ProjectLogicError("living circle name that is not UTF-8");
    const std::string which = "living circle '" + circle.name + "': ";
    switch (circle.kind) {
        case CircleKind::Area:
            if (circle.area.empty())
                throw ProjectLogicError(which + "an area circle needs an outline");
            for (std::size_t i = 0; i < circle.area.size(); ++i) {
                const std::string part = "part " + std::to_string(i + 1);
                std::string problem =
                    ringProblem(circle.area[i].outer, "the outer ring of " + part);
                for (std::size_t h = 0; problem.empty() && h < circle.area[i].holes.size(); ++h)
                    problem = ringProblem(circle.area[i].holes[h],
                                          "hole " + std::to_string(h + 1) + " of " + part);
                if (!problem.empty()) throw ProjectLogicError(which + "its outline: " + problem);
            }
            if (circle.centreFacility != 0 || circle.centrePoint)
                throw ProjectLogicError(which + "an area circle has no centre facility or point");
            break;
        case CircleKind::Centre:
            if (!circle.area.empty())
                throw ProjectLogicError(which + "a centre circle has no outline (its area is the "
                                                "walk around its centre)");
            if (circle.centreFacility < 0)
                throw ProjectLogicError(which + "facility id "
                                        + std::to_string(circle.centreFacility) + " is negative");
            if (circle.centreFacility == 0 && !circle.centrePoint)
                throw ProjectLogicError(which + "a centre circle needs a facility or a point");
            if (circle.centreFacility != 0 && circle.centrePoint)
                throw ProjectLogicError(which
                                        + "a centre circle has a facility or a point, not both");
            if (circle.centrePoint && !isFinite(*circle.centrePoint))
                throw ProjectLogicError(which
                                        + "its centre is not a finite longitude and latitude");
            break;
    }
    if (!(std::isfinite(circle.minutes) && circle.minutes > 0.0))
        throw ProjectLogicError(which + "a walk of " + numberText(circle.minutes)
                                + " minutes; it must be more than 0");
    if (circle.profileCode.empty()) throw ProjectLogicError(which + "it has no walk profile");
    if (!isUtf8(circle.profileCode))
        throw ProjectLogicError(which + "its walk profile code is not UTF-8");
    if (circle.satisfactionPercent
        && !(*circle.satisfactionPercent >= 0.0 && *circle.satisfactionPercent <= 100.0))
        throw ProjectLogicError(which + "a satisfaction of "
                                + numberText(*circle.satisfactionPercent)
                                + " %; it must be 0 .. 100");
    if (circle.households && *circle.households < 0)
        throw ProjectLogicError(which + std::to_string(*circle.households)
                                + " households; the count cannot be negative");
    if (!isUtf8(circle.notes)) throw ProjectLogicError(which + "its notes are not UTF-8");
}

std::size_t Project::setCircle(Circle circle) {
    checkCircle(circle);
    const auto found = findCircle(m_circles, circle.name);
    const auto index = static_cast<std::size_t>(found - m_circles.begin());
    if (found == m_circles.end())
        m_circles.push_back(std::move(circle));
    else
        m_circles[index] = std::move(circle);
    notify(Layer::Circles, ChangeEvent::Kind::Reset, 0);
    return index;
}

std::size_t Project::replaceCircle(const std::string& name, Circle circle) {
    checkCircle(circle);
    const auto found = findCircle(m_circles, name);
    if (found == m_circles.end()) throw ProjectLogicError("no living circle called '" + name + "'");
    if (circle.name != name && this->circle(circle.name) != nullptr)
        throw ProjectLogicError("a second living circle called '" + circle.name + "'");
    const auto index = static_cast<std::size_t>(found - m_circles.begin());
    m_circles[index] = std::move(circle);
    notify(Layer::Circles, ChangeEvent::Kind::Reset, 0);
    return index;
}

void Project::insertCircle(std::size_t index, Circle circle) {
    checkCircle(circle);
    if (index > m_circles.size())
        throw ProjectLogicError("index " + std::to_string(index) + " is past the end of "
                                + std::to_string(m_circles.size()) + " living circles");
    if (this->circle(circle.name) != nullptr)
        throw ProjectLogicError("a second living circle called '" + circle.name + "'");
    m_circles.insert(m_circles.begin() + static_cast<std::ptrdiff_t>(index), std::move(circle));
    notify(Layer::Circles, ChangeEvent::Kind::Reset, 0);
}

std::size_t Project::removeCircle(const std::string& name) {
    const auto found = findCircle(m_circles, name);
    if (found == m_circles.end()) throw ProjectLogicError("no living circle called '" + name + "'");
    const auto index = static_cast<std::size_t>(found - m_circles.begin());
    m_circles.erase(found);
    notify(Layer::Circles, ChangeEvent::Kind::Reset, 0);
    return index;
}

const PopulationGrid* Project::populationGrid(PopulationGridKind kind) const {
    for (const PopulationGrid& g : m_grids.items())
        if (g.kind == kind) return &g;
    return nullptr;
}

FeatureId Project::addPopulationGrid(PopulationGrid grid, std::vector<PopulationCell> cells) {
    if (populationGrid(grid.kind))
        throw ProjectLogicError(std::string("the project already has a population grid of kind ")
                                + toCode(grid.kind));
    const FeatureId id = m_grids.add(std::move(grid));
    for (PopulationCell& cell : cells) {
        cell.gridId = id;
        m_cells.add(std::move(cell));
    }
    notify(Layer::Population, ChangeEvent::Kind::Reset, 0);
    return id;
}

Project::RemovedGrid Project::removePopulationGrid(FeatureId id) {
    const PopulationGrid* grid = m_grids.find(id);
    if (!grid) throw ProjectLogicError("no population grid " + std::to_string(id));
    RemovedGrid removed;
    removed.grid = *grid;
    std::vector<FeatureId> cellIds;
    for (const PopulationCell& cell : m_cells.items())
        if (cell.gridId == id) {
            cellIds.push_back(cell.id);
            removed.cells.push_back(cell);
        }
    removed.gridIndex = m_grids.removeAll({id}).front();
    removed.cellIndices = m_cells.removeAll(cellIds);
    notify(Layer::Population, ChangeEvent::Kind::Reset, 0);
    return removed;
}

void Project::restorePopulationGrid(RemovedGrid removed) {
    if (populationGrid(removed.grid.kind))
        throw ProjectLogicError(std::string("the project already has a population grid of kind ")
                                + toCode(removed.grid.kind));
    // Cells first: insertAll checks everything before it changes anything, so a failure
    // leaves the project as it was.
    m_cells.insertAll(std::move(removed.cells), removed.cellIndices);
    m_grids.insertAll({std::move(removed.grid)}, {removed.gridIndex});
    notify(Layer::Population, ChangeEvent::Kind::Reset, 0);
}

geo::BoundingBox Project::bounds() const {
    geo::BoundingBox box;
    for (const Facility& f : m_facilities.items()) box.extend(f.position);
    for (const Compound& c : m_compounds.items()) box.extend(geo::boundsOf(c.outline));
    for (const Gate& g : m_gates.items()) box.extend(g.position);
    for (const IdleSpace& s : m_idleSpaces.items()) {
        box.extend(s.position);
        if (s.footprint) box.extend(geo::boundsOf(*s.footprint));
    }
    for (const Street& s : m_streets.items()) box.extend(geo::boundsOf(s.line));
    for (const WaterArea& w : m_water.items()) box.extend(geo::boundsOf(w.outline));
    for (const Building& b : m_buildings.items()) box.extend(geo::boundsOf(b.outline));
    for (const GreenArea& g : m_green.items()) box.extend(geo::boundsOf(g.outline));
    if (m_studyArea) box.extend(geo::boundsOf(*m_studyArea));
    for (const Circle& c : m_circles) {
        box.extend(geo::boundsOf(c.area));
        if (c.centrePoint) box.extend(*c.centrePoint);
    }
    return box;
}

int Project::addListener(Listener listener) {
    const int handle = m_nextListener++;
    m_listeners.emplace(handle, std::move(listener));
    return handle;
}

void Project::removeListener(int handle) { m_listeners.erase(handle); }

bool Project::sameContent(const Project& other) const {
    return m_facilities == other.m_facilities && m_compounds == other.m_compounds
           && m_gates == other.m_gates && m_idleSpaces == other.m_idleSpaces
           && m_streets == other.m_streets && m_water == other.m_water
           && m_buildings == other.m_buildings && m_green == other.m_green
           && m_scenarios == other.m_scenarios && m_grids == other.m_grids
           && m_cells == other.m_cells && m_studyArea == other.m_studyArea
           && m_catalog == other.m_catalog && m_walkProfiles == other.m_walkProfiles
           && m_printLayouts == other.m_printLayouts && m_circles == other.m_circles
           && m_metadata == other.m_metadata;
}

}  // namespace yike::project
