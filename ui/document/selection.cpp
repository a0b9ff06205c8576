// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/document/selection.h"

#include <algorithm>
#include <utility>

namespace yike::ui {
namespace {

void normalize(std::vector<FeatureRef>& items) {
    std::sort(items.begin(), items.end());
    items.erase(std::unique(items.begin(), items.end()), items.end());
}

}  // namespace

Selection::Selection(QObject* parent) : QObject(parent) {}

bool Selection::contains(const FeatureRef& ref) const {
    return std::binary_search(m_items.begin(), m_items.end(), ref);
}

int Selection::count(project::Layer layer) const {
    return static_cast<int>(std::count_if(m_items.begin(), m_items.end(),
                                          [layer](const FeatureRef& r) { return r.layer == layer; }));
}

void Selection::set(std::vector<FeatureRef> items) {
    normalize(items);
    if (items == m_items) return;
    m_items = std::move(items);
    Q_EMIT changed();
}

void Selection::add(const std::vector<FeatureRef>& items) {
    std::vector<FeatureRef> merged = m_items;
    merged.insert(merged.end(), items.begin(), items.end());
    set(std::move(merged));
}

void Selection::toggle(const FeatureRef& ref) {
    if (contains(ref))
        remove(ref);
    else
        add({ref});
}

void Selection::remove(const FeatureRef& ref) {
    const auto it = std::lower_bound(m_items.begin(), m_items.end(), ref);
    if (it == m_items.end() || !(*it == ref)) return;
    m_items.erase(it);
    Q_EMIT changed();
}

void Selection::remove(const std::vector<FeatureRef>& refs) {
    if (m_items.empty() || refs.empty()) return;
    std::vector<FeatureRef> gone = refs;
    normalize(gone);
    const auto kept = std::remove_if(m_items.begin(), m_items.end(), [&](const FeatureRef& r) {
        return std::binary_search(gone.begin(), gone.end(), r);
    });
    if (kept == m_items.end()) return;
    m_items.erase(kept, m_items.end());
    Q_EMIT changed();
}

void Selection::clear() {
    set({});
}

}  // namespace yike::ui
