// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/tools/add_facility_tool.h"

#include <algorithm>

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMouseEvent>
#include <QSignalBlocker>

#include "ui/commands/add_feature.h"
#include "ui/document/project_document.h"
#include "ui/mapview/map_view.h"
#include "ui/render/category_icons.h"
#include "ui/render/map_style.h"
#include "ui/tools/tr.h"

namespace yike::ui {


QString categoryDisplayName(const std::string& nameZh, const std::string& nameEn) {
    const bool chinese = QLocale().language() == QLocale::Chinese;
    const std::string& preferred = chinese ? nameZh : nameEn;
    return QString::fromStdString(preferred.empty() ? (chinese ? nameEn : nameZh) : preferred);
}

AddFacilityTool::AddFacilityTool(MapView* view, QObject* parent)
    : MapTool(view, QStringLiteral("addFacilityTool"),
              QIcon(QStringLiteral(":/icons/tool-facility.svg")), QKeySequence(Qt::Key_F),
              parent) {
    connect(document(), &ProjectDocument::projectReplaced, this, [this] { fillCategories(); });
    connect(document(), &ProjectDocument::projectChanged, this,
            [this](const project::ChangeEvent& e) {
                if (e.layer == project::Layer::Catalog) fillCategories();
            });
}

QString AddFacilityTool::name() const {
    return ToolsTr::tr("Add Facility");
}

QString AddFacilityTool::statusHint() const {
    return ToolsTr::tr("Choose a category, then click the map to place an existing facility.");
}

std::string AddFacilityTool::categoryCode() const {
    const catalog::Catalog& catalog = document()->project().catalog();
    if (catalog.find(m_categoryCode) != nullptr) return m_categoryCode;
    return catalog.empty() ? std::string() : catalog.categories().front().code;
}

void AddFacilityTool::setCategoryCode(const std::string& code) {
    m_categoryCode = code;
    if (!m_combo) return;
    const QSignalBlocker blocker(m_combo);
    m_combo->setCurrentIndex(m_combo->findData(QString::fromStdString(code)));
}

void AddFacilityTool::mousePressed(QMouseEvent* event) {
    if (event->button() != Qt::LeftButton) return;
    const project::Project& p = document()->project();
    const std::string code = categoryCode();
    const catalog::Category* category = p.catalog().find(code);
    if (category == nullptr) {
        Q_EMIT statusMessage(ToolsTr::tr("The project's catalogue has no facility categories."));
        return;
    }
    project::Facility facility;
    facility.position = view()->transform().toLonLat(event->position());
    facility.categoryCode = code;
    facility.name = categoryDisplayName(category->nameZh, category->nameEn).toStdString();
    facility.status = project::FacilityStatus::Existing;
    auto* command = new AddFacility(*document(), facility);
    pushCommand(command);
    document()->selection()->set({{project::Layer::Facilities, command->featureId()}});
}

QWidget* AddFacilityTool::createOptionsWidget(QWidget* parent) {
    auto* widget = new QWidget(parent);
    auto* layout = new QHBoxLayout(widget);
    layout->setContentsMargins(4, 0, 4, 0);
    auto* label = new QLabel(widget);
    label->setObjectName(QStringLiteral("categoryLabel"));
    m_combo = new QComboBox(widget);
    m_combo->setObjectName(QStringLiteral("facilityCategoryCombo"));
    m_combo->setMinimumContentsLength(16);
    m_combo->setMaxVisibleItems(20);
    m_combo->setIconSize(QSize(18, 18));
    label->setBuddy(m_combo);
    layout->addWidget(label);
    layout->addWidget(m_combo);
    connect(m_combo, &QComboBox::currentIndexChanged, this, [this](int index) {
        if (index >= 0) m_categoryCode = m_combo->itemData(index).toString().toStdString();
    });
    fillCategories();
    return widget;
}

void AddFacilityTool::retranslateOptions() {
    if (!m_combo) return;
    if (auto* label = m_combo->parentWidget()->findChild<QLabel*>(QStringLiteral("categoryLabel")))
        label->setText(ToolsTr::tr("&Category:"));
    fillCategories();
}

void AddFacilityTool::fillCategories() {
    if (!m_combo) return;
    const QSignalBlocker blocker(m_combo);
    const std::string current = categoryCode();
    m_combo->clear();
    const MapStyle& style = MapStyle::standard();
    for (const catalog::Category& c : document()->project().catalog().categories())
        m_combo->addItem(categorySymbol(c.code, style.facilityColour(c.group)),
                         categoryDisplayName(c.nameZh, c.nameEn), QString::fromStdString(c.code));
    m_combo->setCurrentIndex(std::max(0, m_combo->findData(QString::fromStdString(current))));
}

}  // namespace yike::ui
