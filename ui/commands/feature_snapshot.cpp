// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/commands/feature_snapshot.h"

#include <set>

#include "core/project/project.h"

namespace yike::ui {

FeatureSnapshot FeatureSnapshot::of(const project::Project& p, const std::vector<FeatureRef>& refs) {
    FeatureSnapshot s;
    std::set<project::FeatureId> compounds;
    std::set<project::FeatureId> gates;
    for (const FeatureRef& ref : refs) {
        switch (ref.layer) {
            case project::Layer::Facilities:
                if (const auto* f = p.facilities().find(ref.id)) s.facilities.push_back(*f);
                break;
            case project::Layer::Compounds:
                if (const auto* c = p.compounds().find(ref.id)) {
                    s.compounds.push_back(*c);
                    compounds.insert(c->id);
                }
                break;
            case project::Layer::Gates:
                gates.insert(ref.id);
                break;
            case project::Layer::IdleSpaces:
                if (const auto* i = p.idleSpaces().find(ref.id)) s.idleSpaces.push_back(*i);
                break;
            default:
                break;
        }
    }
    for (const project::Gate& gate : p.gates().items())
        if (gates.count(gate.id) != 0 || compounds.count(gate.compoundId) != 0)
            s.gates.push_back(gate);
    return s;
}

}  // namespace yike::ui
