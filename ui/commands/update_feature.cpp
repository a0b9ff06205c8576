// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/commands/update_feature.h"

#include <string>
#include <utility>

#include "core/project/project.h"
#include "ui/commands/tr.h"
#include "ui/document/project_document.h"

namespace yike::ui {
namespace {

const project::Facility* findIn(const project::Project& p, const project::Facility& f) {
    return p.facilities().find(f.id);
}
const project::Compound* findIn(const project::Project& p, const project::Compound& c) {
    return p.compounds().find(c.id);
}
const project::Gate* findIn(const project::Project& p, const project::Gate& g) {
    return p.gates().find(g.id);
}
const project::IdleSpace* findIn(const project::Project& p, const project::IdleSpace& s) {
    return p.idleSpaces().find(s.id);
}

void store(project::Project& p, const project::Facility& f) {
    p.updateFacility(f);
}
void store(project::Project& p, const project::Compound& c) {
    p.updateCompound(c);
}
void store(project::Project& p, const project::Gate& g) {
    p.updateGate(g);
}
void store(project::Project& p, const project::IdleSpace& s) {
    p.updateIdleSpace(s);
}

QString defaultText(const project::Facility&) {
    return CommandsTr::tr("Edit Facility");
}
QString defaultText(const project::Compound&) {
    return CommandsTr::tr("Edit Compound");
}
QString defaultText(const project::Gate&) {
    return CommandsTr::tr("Edit Gate");
}
QString defaultText(const project::IdleSpace&) {
    return CommandsTr::tr("Edit Idle Space");
}

template <typename Feature>
QString commandText(const Feature& feature, const QString& fieldLabel) {
    if (fieldLabel.isEmpty()) return defaultText(feature);
    if (feature.name.empty()) return CommandsTr::tr("Set %1").arg(fieldLabel);
    return CommandsTr::tr("Set %1 of “%2”").arg(fieldLabel, QString::fromStdString(feature.name));
}

}  // namespace

template <typename Feature>
UpdateFeature<Feature>::UpdateFeature(ProjectDocument& document, Feature edited,
                                      const QString& fieldLabel, QUndoCommand* parent)
    : QUndoCommand(parent), m_document(document), m_after(std::move(edited)) {
    const Feature* current = findIn(document.project(), m_after);
    if (current == nullptr)
        throw project::ProjectLogicError("no feature with id " + std::to_string(m_after.id));
    m_before = *current;
    setText(commandText(m_before, fieldLabel));
}

template <typename Feature>
void UpdateFeature<Feature>::redo() {
    store(m_document.project(), m_after);
}

template <typename Feature>
void UpdateFeature<Feature>::undo() {
    store(m_document.project(), m_before);
}

template class UpdateFeature<project::Facility>;
template class UpdateFeature<project::Compound>;
template class UpdateFeature<project::Gate>;
template class UpdateFeature<project::IdleSpace>;

}  // namespace yike::ui
