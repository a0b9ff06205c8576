// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/analysis/walk_probe_dock.h"

#include <algorithm>
#include <cmath>

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QRegularExpression>
#include <QTableWidget>
#include <QVBoxLayout>

#include "core/geo/local_frame.h"
#include "ui/analysis/tr.h"
#include "ui/analysis/walk_probe_controller.h"
#include "ui/document/project_document.h"
#include "ui/document/selection.h"
#include "ui/report/report_text.h"

namespace yike::ui {
namespace {

constexpr int kProfileRole = Qt::UserRole;
constexpr int kCategoryRole = Qt::UserRole + 1;

QString probeMinutes(double minutes) {
    return AnalysisTr::tr("%1 min").arg(QLocale().toString(minutes, 'f', 1));
}

QString ringArea(const access::WalkRing& ring, geo::LonLat origin) {
    const geo::LocalFrame frame(origin);
    double m2 = 0.0;
    for (const geo::Polygon& p : ring.polygons) m2 += geo::polygonAreaM2(p, frame);
    return AnalysisTr::tr("%1 min: %2 km²")
        .arg(QLocale().toString(ring.minutes, 'g', 4), QLocale().toString(m2 / 1e6, 'f', 2));
}

}  // namespace

WalkProbeDock::WalkProbeDock(WalkProbeController* controller, QWidget* parent)
    : QDockWidget(parent), m_controller(controller) {
    setObjectName(QStringLiteral("walkProbeDock"));
    auto* body = new QWidget(this);
    auto* layout = new QVBoxLayout(body);

    m_pointLabel = new QLabel(body);
    m_pointLabel->setObjectName(QStringLiteral("probePoint"));
    m_pointLabel->setWordWrap(true);
    layout->addWidget(m_pointLabel);
    m_planned = new QCheckBox(body);
    m_planned->setObjectName(QStringLiteral("probePlanned"));
    layout->addWidget(m_planned);

    m_table = new QTableWidget(body);
    m_table->setObjectName(QStringLiteral("probeTable"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    layout->addWidget(m_table, 1);
    m_routeLabel = new QLabel(body);
    m_routeLabel->setObjectName(QStringLiteral("probeRoute"));
    m_routeLabel->setWordWrap(true);
    layout->addWidget(m_routeLabel);

    m_ringsTitle = new QLabel(body);
    QFont bold = m_ringsTitle->font();
    bold.setBold(true);
    m_ringsTitle->setFont(bold);
    layout->addWidget(m_ringsTitle);
    auto* buttons = new QHBoxLayout;
    m_ringsSelection = new QPushButton(body);
    m_ringsSelection->setObjectName(QStringLiteral("ringsAroundSelection"));
    m_ringsProbe = new QPushButton(body);
    m_ringsProbe->setObjectName(QStringLiteral("ringsAroundProbe"));
    m_ringsClear = new QPushButton(body);
    m_ringsClear->setObjectName(QStringLiteral("ringsClear"));
    buttons->addWidget(m_ringsSelection);
    buttons->addWidget(m_ringsProbe);
    buttons->addWidget(m_ringsClear);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    auto* form = new QFormLayout;
    m_ringsProfile = new QComboBox(body);
    m_ringsProfile->setObjectName(QStringLiteral("ringsProfile"));
    m_profileLabel = new QLabel(body);
    m_profileLabel->setBuddy(m_ringsProfile);
    form->addRow(m_profileLabel, m_ringsProfile);
    m_ringsMinutes = new QLineEdit(QStringLiteral("5, 10, 15"), body);
    m_ringsMinutes->setObjectName(QStringLiteral("ringsMinutes"));
    m_minutesLabel = new QLabel(body);
    m_minutesLabel->setBuddy(m_ringsMinutes);
    form->addRow(m_minutesLabel, m_ringsMinutes);
    layout->addLayout(form);
    m_ringsCentre = new QLabel(body);
    m_ringsCentre->setObjectName(QStringLiteral("ringsCentre"));
    m_ringsCentre->setWordWrap(true);
    layout->addWidget(m_ringsCentre);
    m_ringsStatus = new QLabel(body);
    m_ringsStatus->setObjectName(QStringLiteral("ringsStatus"));
    m_ringsStatus->setWordWrap(true);
    layout->addWidget(m_ringsStatus);
    setWidget(body);

    connect(m_planned, &QCheckBox::toggled, m_controller, &WalkProbeController::setIncludePlanned);
    connect(m_table, &QTableWidget::cellClicked, this, &WalkProbeDock::onCellChosen);
    connect(m_table, &QTableWidget::currentCellChanged, this,
            [this](int row, int column) { onCellChosen(row, column); });
    connect(m_ringsSelection, &QPushButton::clicked, this, [this] { ringsAroundSelection(); });
    connect(m_ringsProbe, &QPushButton::clicked, this, [this] { ringsAroundProbe(); });
    connect(m_ringsClear, &QPushButton::clicked, m_controller, &WalkProbeController::clearRings);
    connect(m_ringsProfile, &QComboBox::currentIndexChanged, this, [this] { reshowRings(); });
    connect(m_ringsMinutes, &QLineEdit::editingFinished, this, [this] { reshowRings(); });
    connect(m_controller, &WalkProbeController::runStarted, this, [this] {
        m_ringsStatus->setText(m_controller->ringsRequest() ? AnalysisTr::tr("Measuring…")
                                                            : QString());
    });
    connect(m_controller, &WalkProbeController::resultChanged, this, [this] {
        updateProbe();
        updateRings();
    });
    ProjectDocument* document = m_controller->document();
    connect(document, &ProjectDocument::projectReplaced, this, [this] { fillProfiles(); });
    connect(document, &ProjectDocument::projectChanged, this,
            [this](const project::ChangeEvent& event) {
                if (event.layer == project::Layer::WalkProfiles) fillProfiles();
            });
    fillProfiles();
    retranslate();
}

void WalkProbeDock::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) retranslate();
    QDockWidget::changeEvent(event);
}

void WalkProbeDock::retranslate() {
    setWindowTitle(AnalysisTr::tr("Walk Probe"));
    m_planned->setText(AnalysisTr::tr("Count &planned facilities"));
    m_ringsTitle->setText(AnalysisTr::tr("Walk rings"));
    m_ringsSelection->setText(AnalysisTr::tr("Around &Selection"));
    m_ringsSelection->setToolTip(
        AnalysisTr::tr("Rings around the selected facility or gate; they follow it when it moves."));
    m_ringsProbe->setText(AnalysisTr::tr("Around Probed P&oint"));
    m_ringsClear->setText(AnalysisTr::tr("C&lear"));
    m_profileLabel->setText(AnalysisTr::tr("&Walkers:"));
    m_minutesLabel->setText(AnalysisTr::tr("&Minutes:"));
    m_ringsMinutes->setToolTip(AnalysisTr::tr("Walk times separated by commas, e.g. 5, 10, 15"));
    fillProfiles();
    updateProbe();
    updateRings();
}

void WalkProbeDock::fillProfiles() {
    const QString current = m_ringsProfile->currentData().toString();
    const QSignalBlocker block(m_ringsProfile);
    m_ringsProfile->clear();
    for (const project::WalkProfile& p : m_controller->document()->project().walkProfiles())
        m_ringsProfile->addItem(walkProfileName(p), QString::fromStdString(p.code));
    const int keep = m_ringsProfile->findData(current);
    if (keep >= 0) m_ringsProfile->setCurrentIndex(keep);
}

void WalkProbeDock::updateProbe() {
    const project::Project& project = m_controller->document()->project();
    const auto& point = m_controller->probePoint();
    if (!point) {
        m_pointLabel->setText(AnalysisTr::tr("Choose the Walk Probe tool (W) and click the map: "
                                             "the minutes from there to every service appear "
                                             "here, for each group of walkers."));
    } else {
        QString text = AnalysisTr::tr("From %1, %2")
                           .arg(QLocale().toString(point->lon, 'f', 5),
                                QLocale().toString(point->lat, 'f', 5));
        if (!m_controller->probeError().isEmpty())
            text += QStringLiteral("\n") + m_controller->probeError();
        else if (!m_controller->probeResult())
            text += QStringLiteral("\n") + AnalysisTr::tr("Measuring…");
        m_pointLabel->setText(text);
    }
    const access::ProbeResult* result = m_controller->probeResult();
    const QSignalBlocker block(m_table);
    const int keepRow = m_table->currentRow();
    const int keepColumn = m_table->currentColumn();
    m_table->clear();
    if (!result || result->profiles.empty()) {
        m_table->setRowCount(0);
        m_table->setColumnCount(0);
        updateRoute();
        return;
    }
    QStringList headers{AnalysisTr::tr("Service")};
    for (const access::ProbeProfile& p : result->profiles) {
        const project::WalkProfile* profile = project.walkProfile(p.profileCode);
        headers << AnalysisTr::tr("%1 (min)").arg(
            profile ? walkProfileName(*profile) : QString::fromStdString(p.profileCode));
    }
    headers << AnalysisTr::tr("Nearest");
    const std::vector<access::ProbeCategory>& categories = result->profiles.front().categories;
    m_table->setColumnCount(static_cast<int>(headers.size()));
    m_table->setHorizontalHeaderLabels(headers);
    m_table->setRowCount(static_cast<int>(categories.size()));
    for (std::size_t row = 0; row < categories.size(); ++row) {
        const std::string& code = categories[row].code;
        const catalog::Category* known = project.catalog().find(code);
        auto* name = new QTableWidgetItem(
            known ? localName(known->nameZh, known->nameEn) : QString::fromStdString(code));
        name->setData(kCategoryRole, QString::fromStdString(code));
        m_table->setItem(static_cast<int>(row), 0, name);
        for (std::size_t column = 0; column < result->profiles.size(); ++column) {
            const access::ProbeProfile& profile = result->profiles[column];
            const access::ProbeCategory* c = profile.category(code);
            auto* cell = new QTableWidgetItem;
            if (c && c->found()) {
                const QString facility = c->facilityName.empty()
                                             ? AnalysisTr::tr("#%1").arg(c->facilityId)
                                             : QString::fromStdString(c->facilityName);
                cell->setText(QLocale().toString(c->minutes, 'f', 1));
                cell->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
                cell->setData(Qt::UserRole + 2, c->minutes);
                cell->setToolTip(AnalysisTr::tr("%1 to %2. Click to draw the walking route.")
                                     .arg(probeMinutes(c->minutes), facility));
            } else {
                cell->setText(AnalysisTr::tr("—"));
                cell->setToolTip(AnalysisTr::tr("None within %1 on foot.")
                                     .arg(probeMinutes(profile.budgetMinutes)));
                cell->setForeground(QColor(0x9a, 0x1b, 0x1b));
            }
            cell->setData(kProfileRole, QString::fromStdString(profile.profileCode));
            cell->setData(kCategoryRole, QString::fromStdString(code));
            m_table->setItem(static_cast<int>(row), static_cast<int>(column + 1), cell);
        }
        // The nearest facility of the first profile (adults): usually the same for all.
        const access::ProbeCategory& first = categories[row];
        auto* nearest = new QTableWidgetItem(
            !first.found() ? QString()
            : first.facilityName.empty() ? AnalysisTr::tr("#%1").arg(first.facilityId)
                                         : QString::fromStdString(first.facilityName));
        m_table->setItem(static_cast<int>(row), static_cast<int>(headers.size() - 1), nearest);
    }
    // The chosen cell stays chosen as the result is measured again.
    for (int row = 0; row < m_table->rowCount(); ++row)
        for (int column = 1; column + 1 < m_table->columnCount(); ++column) {
            const QTableWidgetItem* cell = m_table->item(row, column);
            if (cell->data(kProfileRole).toString().toStdString() == m_controller->routeProfile()
                && cell->data(kCategoryRole).toString().toStdString()
                       == m_controller->routeCategory())
                m_table->setCurrentCell(row, column);
        }
    if (m_controller->routeCategory().empty() && keepRow >= 0 && keepColumn >= 0
        && keepRow < m_table->rowCount() && keepColumn < m_table->columnCount())
        m_table->setCurrentCell(keepRow, keepColumn);
    updateRoute();
}

void WalkProbeDock::updateRoute() {
    const access::ProbeRoute* route = m_controller->route();
    if (!route) {
        m_routeLabel->setText(m_controller->routeError().isEmpty()
                                  ? (m_controller->probeResult()
                                         ? AnalysisTr::tr("Choose a time to draw its route.")
                                         : QString())
                                  : m_controller->routeError());
        return;
    }
    const project::Project& project = m_controller->document()->project();
    QStringList gates;
    for (project::FeatureId id : route->walk.gates) {
        const project::Gate* gate = project.gates().find(id);
        gates << (gate && !gate->name.empty() ? QString::fromStdString(gate->name)
                                              : AnalysisTr::tr("gate #%1").arg(id));
    }
    const project::Facility* facility = project.facilities().find(route->facilityId);
    const QString to = facility && !facility->name.empty()
                           ? QString::fromStdString(facility->name)
                           : AnalysisTr::tr("#%1").arg(route->facilityId);
    QString text = AnalysisTr::tr("Route to %1: %2 m, %3")
                       .arg(to, QLocale().toString(route->walk.metres, 'f', 0),
                            probeMinutes(route->walk.seconds / 60.0));
    if (!gates.isEmpty())
        text += QStringLiteral("\n")
                + AnalysisTr::tr("Through %1").arg(gates.join(AnalysisTr::tr(", ")));
    m_routeLabel->setText(text);
}

void WalkProbeDock::onCellChosen(int row, int column) {
    const QTableWidgetItem* cell = row >= 0 && column > 0 ? m_table->item(row, column) : nullptr;
    if (!cell || !cell->data(kProfileRole).isValid()) return;
    const std::string profile = cell->data(kProfileRole).toString().toStdString();
    const std::string category = cell->data(kCategoryRole).toString().toStdString();
    if (profile == m_controller->routeProfile() && category == m_controller->routeCategory())
        return;
    m_controller->setRoute(profile, category);
}

std::optional<std::vector<double>> WalkProbeDock::ringMinutes() const {
    std::vector<double> minutes;
    const QStringList parts =
        m_ringsMinutes->text().split(QRegularExpression(QStringLiteral("[,，;；\\s]+")),
                                     Qt::SkipEmptyParts);
    for (const QString& part : parts) {
        bool ok = false;
        double value = QLocale().toDouble(part, &ok);
        if (!ok) value = part.toDouble(&ok);
        if (!ok || !std::isfinite(value) || value <= 0.0 || value > 120.0) return std::nullopt;
        minutes.push_back(value);
    }
    if (minutes.empty()) return std::nullopt;
    std::sort(minutes.begin(), minutes.end());
    minutes.erase(std::unique(minutes.begin(), minutes.end()), minutes.end());
    return minutes;
}

bool WalkProbeDock::ringsAroundSelection() {
    const ProjectDocument* document = m_controller->document();
    std::optional<access::WalkRingsRequest> request;
    for (const FeatureRef& ref : document->selection()->items()) {
        if (ref.layer == project::Layer::Facilities) {
            request = access::WalkRingsRequest::atFacility(ref.id);
            break;
        }
        if (ref.layer == project::Layer::Gates && !request)
            request = access::WalkRingsRequest::atGate(ref.id);
    }
    if (!request) {
        m_ringsStatus->setText(AnalysisTr::tr("Select a facility or a gate first."));
        return false;
    }
    return requestRings(*request);
}

bool WalkProbeDock::ringsAroundProbe() {
    const auto& point = m_controller->probePoint();
    if (!point) {
        m_ringsStatus->setText(AnalysisTr::tr("Probe a place first (Walk Probe tool, W)."));
        return false;
    }
    return requestRings(access::WalkRingsRequest::atPoint(*point));
}

void WalkProbeDock::reshowRings() {
    if (const auto& request = m_controller->ringsRequest()) requestRings(*request);
}

bool WalkProbeDock::requestRings(access::WalkRingsRequest request) {
    const auto minutes = ringMinutes();
    if (!minutes) {
        m_ringsStatus->setText(AnalysisTr::tr("Walk times must be numbers above zero."));
        return false;
    }
    request.minutes = *minutes;
    request.profileCode = m_ringsProfile->currentData().toString().toStdString();
    m_controller->showRings(request);
    return true;
}

void WalkProbeDock::updateRings() {
    const auto& request = m_controller->ringsRequest();
    m_ringsClear->setEnabled(request.has_value());
    if (!request) {
        m_ringsCentre->clear();
        m_ringsStatus->clear();
        return;
    }
    const project::Project& project = m_controller->document()->project();
    QString centre;
    switch (request->centreKind) {
        case access::RingCentreKind::Facility: {
            const project::Facility* f = project.facilities().find(request->centreId);
            centre = AnalysisTr::tr("Around facility %1")
                         .arg(f && !f->name.empty() ? QString::fromStdString(f->name)
                                                    : AnalysisTr::tr("#%1").arg(request->centreId));
            break;
        }
        case access::RingCentreKind::Gate: {
            const project::Gate* g = project.gates().find(request->centreId);
            centre = AnalysisTr::tr("Around gate %1")
                         .arg(g && !g->name.empty() ? QString::fromStdString(g->name)
                                                    : AnalysisTr::tr("#%1").arg(request->centreId));
            break;
        }
        case access::RingCentreKind::Point:
            centre = AnalysisTr::tr("Around %1, %2")
                         .arg(QLocale().toString(request->point.lon, 'f', 5),
                              QLocale().toString(request->point.lat, 'f', 5));
            break;
    }
    m_ringsCentre->setText(centre);
    if (!m_controller->ringsError().isEmpty()) {
        m_ringsStatus->setText(m_controller->ringsError());
        return;
    }
    const access::WalkRings* rings = m_controller->rings();
    if (!rings) {
        m_ringsStatus->setText(AnalysisTr::tr("Measuring…"));
        return;
    }
    QStringList lines;
    for (const access::WalkRing& ring : rings->rings) lines << ringArea(ring, rings->centre);
    m_ringsStatus->setText(lines.join(QStringLiteral("\n")));
}

}  // namespace yike::ui
