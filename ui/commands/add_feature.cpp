// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/commands/add_feature.h"

#include <utility>

#include "core/project/project.h"
#include "ui/commands/tr.h"
#include "ui/document/project_document.h"

namespace yike::ui {
namespace {

project::FeatureId addTo(project::Project& p, const project::Facility& f) {
    return p.addFacility(f);
}
project::FeatureId addTo(project::Project& p, const project::Compound& c) {
    return p.addCompound(c);
}
project::FeatureId addTo(project::Project& p, const project::Gate& g) {
    return p.addGate(g);
}
project::FeatureId addTo(project::Project& p, const project::IdleSpace& s) {
    return p.addIdleSpace(s);
}

void removeFrom(project::Project& p, const project::Facility& f) {
    p.removeFacility(f.id);
}
void removeFrom(project::Project& p, const project::Compound& c) {
    p.removeCompound(c.id);
}
void removeFrom(project::Project& p, const project::Gate& g) {
    p.removeGate(g.id);
}
void removeFrom(project::Project& p, const project::IdleSpace& s) {
    p.removeIdleSpace(s.id);
}

QString textFor(const project::Facility&) {
    return CommandsTr::tr("Add Facility");
}
QString textFor(const project::Compound&) {
    return CommandsTr::tr("Draw Compound");
}
QString textFor(const project::Gate&) {
    return CommandsTr::tr("Add Gate");
}
QString textFor(const project::IdleSpace&) {
    return CommandsTr::tr("Add Idle Space");
}

}  // namespace

template <typename Feature>
AddFeature<Feature>::AddFeature(ProjectDocument& document, Feature feature, QUndoCommand* parent)
    : QUndoCommand(parent), m_document(document), m_feature(std::move(feature)) {
    setText(textFor(m_feature));
}

template <typename Feature>
void AddFeature<Feature>::redo() {
    m_feature.id = addTo(m_document.project(), m_feature);
}

template <typename Feature>
void AddFeature<Feature>::undo() {
    removeFrom(m_document.project(), m_feature);
}

template class AddFeature<project::Facility>;
template class AddFeature<project::Compound>;
template class AddFeature<project::Gate>;
template class AddFeature<project::IdleSpace>;

}  // namespace yike::ui
