// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <vector>

#include <QObject>

#include "core/project/project.h"

namespace yike::ui {

/// One feature of an editable layer (facilities, compounds, gates, idle spaces).
struct FeatureRef {
    project::Layer layer = project::Layer::Facilities;
    project::FeatureId id = 0;

    friend bool operator==(const FeatureRef&, const FeatureRef&) = default;
    friend auto operator<=>(const FeatureRef&, const FeatureRef&) = default;
};

/**
 * The features selected in a ProjectDocument, kept sorted and unique. It belongs to the
 * document rather than to one view so that the map, panels and commands agree on it; it is not
 * document data (not saved, not undone). Removed features drop out of it by themselves.
 */
class Selection : public QObject {
    Q_OBJECT

public:
    explicit Selection(QObject* parent = nullptr);

    const std::vector<FeatureRef>& items() const { return m_items; }
    bool isEmpty() const { return m_items.empty(); }
    bool contains(const FeatureRef& ref) const;
    /// How many selected features belong to `layer`.
    int count(project::Layer layer) const;

    void set(std::vector<FeatureRef> items);
    void add(const std::vector<FeatureRef>& items);
    void toggle(const FeatureRef& ref);
    void remove(const FeatureRef& ref);
    /// Drops all of `refs` that are selected, with one changed() signal at most.
    void remove(const std::vector<FeatureRef>& refs);
    void clear();

Q_SIGNALS:
    void changed();

private:
    std::vector<FeatureRef> m_items;
};

}  // namespace yike::ui
