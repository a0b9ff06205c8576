// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/analysis/analysis_dock.h"

#include <algorithm>
#include <cmath>
#include <locale>
#include <sstream>
#include <unordered_set>
#include <vector>

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QHideEvent>
#include <QInputDialog>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTableWidget>
#include <QVBoxLayout>

#include "core/project/project.h"
#include "ui/analysis/analysis_controller.h"
#include "ui/analysis/tr.h"
#include "ui/commands/set_metadata.h"
#include "ui/document/project_document.h"
#include "ui/render/access_layer.h"
#include "ui/render/category_icons.h"
#include "ui/render/map_legend.h"
#include "ui/render/map_style.h"
#include "ui/report/report_text.h"

namespace yike::ui {
namespace {

QString percent(double share) {
    return AnalysisTr::tr("%1 %").arg(QLocale().toString(share * 100.0, 'f', 1));
}

QString minutes(double value) {
    if (!std::isfinite(value)) return AnalysisTr::tr("not reachable");
    return AnalysisTr::tr("%1 min").arg(QLocale().toString(value, 'f', 1));
}

// A target as the catalogue states it: "5 min", "7.5 min".
QString targetMinutes(double value) {
    return AnalysisTr::tr("%1 min").arg(QLocale().toString(value, 'g', 4));
}

}  // namespace

AnalysisDock::AnalysisDock(AnalysisController* controller, QWidget* parent)
    : QDockWidget(parent), m_controller(controller) {
    setObjectName(QStringLiteral("analysisDock"));
    auto* body = new QWidget(this);
    auto* layout = new QVBoxLayout(body);

    auto* form = new QFormLayout;
    m_categoryLabel = new QLabel(body);
    m_category = new QComboBox(body);
    m_category->setObjectName(QStringLiteral("analysisCategory"));
    m_category->setMaxVisibleItems(20);
    m_categoryLabel->setBuddy(m_category);
    form->addRow(m_categoryLabel, m_category);
    m_profileLabel = new QLabel(body);
    m_profile = new QComboBox(body);
    m_profile->setObjectName(QStringLiteral("analysisProfile"));
    m_profileLabel->setBuddy(m_profile);
    form->addRow(m_profileLabel, m_profile);
    layout->addLayout(form);
    m_planned = new QCheckBox(body);
    layout->addWidget(m_planned);

    auto* runRow = new QHBoxLayout;
    m_progress = new QProgressBar(body);
    m_progress->setRange(0, 100);
    m_cancel = new QPushButton(body);
    m_run = new QPushButton(body);
    runRow->addWidget(m_progress, 1);
    runRow->addWidget(m_cancel);
    runRow->addWidget(m_run);
    layout->addLayout(runRow);

    m_target = new QLabel(body);
    m_target->setWordWrap(true);
    m_target->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_target);

    m_shares = new QTableWidget(0, 3, body);
    m_shares->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_shares->setSelectionMode(QAbstractItemView::NoSelection);
    m_shares->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_shares->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_shares->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    m_shares->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_shares->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    layout->addWidget(m_shares);

    m_blindTitle = new QLabel(body);
    m_blindTitle->setWordWrap(true);
    layout->addWidget(m_blindTitle);
    m_blindSpots = new QListWidget(body);
    m_blindSpots->setObjectName(QStringLiteral("analysisBlindSpots"));
    // One line each: measuring the first row sizes them all, so a city's thousands of blind
    // spots are listed again without laying out every text after each step of a drag.
    m_blindSpots->setUniformItemSizes(true);
    layout->addWidget(m_blindSpots, 1);

    m_noResidents = new QLabel(body);
    m_noResidents->setObjectName(QStringLiteral("analysisNoResidents"));
    m_noResidents->setWordWrap(true);
    m_noResidents->setFrameShape(QFrame::StyledPanel);
    m_noResidents->setMargin(6);
    layout->insertWidget(layout->indexOf(m_shares), m_noResidents);

    m_residents = new QLabel(body);
    m_residents->setObjectName(QStringLiteral("analysisResidents"));
    m_residents->setWordWrap(true);
    m_residents->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_residents);
    m_plotRatio = new QPushButton(body);
    m_plotRatio->setObjectName(QStringLiteral("analysisPlotRatio"));
    auto* plotRow = new QHBoxLayout;
    plotRow->addStretch(1);
    plotRow->addWidget(m_plotRatio);
    layout->addLayout(plotRow);
    m_notes = new QLabel(body);
    m_notes->setWordWrap(true);
    m_notes->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_notes);
    m_status = new QLabel(body);
    m_status->setWordWrap(true);
    layout->addWidget(m_status);
    setWidget(body);

    connect(m_category, &QComboBox::currentIndexChanged, this, [this](int index) {
        if (index < 0) return;
        m_controller->setCategory(m_category->itemData(index).toString().toStdString());
    });
    connect(m_profile, &QComboBox::currentIndexChanged, this, [this](int index) {
        if (index < 0) return;
        m_controller->setProfile(m_profile->itemData(index).toString().toStdString());
    });
    connect(m_planned, &QCheckBox::toggled, m_controller, &AnalysisController::setIncludePlanned);
    connect(m_cancel, &QPushButton::clicked, m_controller, &AnalysisController::cancel);
    connect(m_run, &QPushButton::clicked, m_controller, &AnalysisController::run);
    connect(m_plotRatio, &QPushButton::clicked, this, &AnalysisDock::askPlotRatio);
    connect(m_blindSpots, &QListWidget::itemActivated, this, [this](QListWidgetItem* item) {
        Q_EMIT featureActivated(
            {project::Layer::Compounds, item->data(Qt::UserRole).value<project::FeatureId>()});
    });

    connect(m_controller, &AnalysisController::runStarted, this, [this] { showRunning(true); });
    connect(m_controller, &AnalysisController::progressChanged, this, [this](double fraction) {
        m_progress->setValue(static_cast<int>(std::lround(fraction * 100.0)));
    });
    connect(m_controller, &AnalysisController::runStopped, this, [this](const QString&) {
        showRunning(false);
        showResult();
    });
    connect(m_controller, &AnalysisController::resultChanged, this, [this] {
        showRunning(m_controller->isRunning());
        showResult();
    });
    ProjectDocument* document = m_controller->document();
    connect(document, &ProjectDocument::projectReplaced, this, [this] {
        fillCategories();
        fillProfiles();
    });
    connect(document, &ProjectDocument::projectChanged, this,
            [this](const project::ChangeEvent& event) {
                if (event.layer == project::Layer::Catalog) fillCategories();
                if (event.layer == project::Layer::WalkProfiles) fillProfiles();
            });

    retranslateUi();
    fillCategories();
    fillProfiles();
    showRunning(false);
    showResult();
}

AnalysisDock::~AnalysisDock() = default;

void AnalysisDock::showEvent(QShowEvent* event) {
    QDockWidget::showEvent(event);
    m_controller->setActive(true);
}

void AnalysisDock::hideEvent(QHideEvent* event) {
    QDockWidget::hideEvent(event);
    // A dock is hidden too while its window is minimised (a spontaneous event): keep the
    // analysis then.
    if (!event->spontaneous()) m_controller->setActive(false);
}

void AnalysisDock::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        fillCategories();
        fillProfiles();
        m_controller->refreshTexts();
        showResult();
    }
    QDockWidget::changeEvent(event);
}

void AnalysisDock::retranslateUi() {
    setWindowTitle(AnalysisTr::tr("Walk Access"));
    m_categoryLabel->setText(AnalysisTr::tr("&Service:"));
    m_profileLabel->setText(AnalysisTr::tr("&Walkers:"));
    m_planned->setText(AnalysisTr::tr("Count &planned facilities"));
    m_planned->setToolTip(
        AnalysisTr::tr("Include facilities with status Planned, to see what a proposal would add."));
    m_cancel->setText(AnalysisTr::tr("Cancel"));
    m_run->setText(AnalysisTr::tr("&Run Again"));
    m_run->setToolTip(AnalysisTr::tr("Run the whole analysis again from the current project"));
    m_shares->setHorizontalHeaderLabels(
        {AnalysisTr::tr("All residents"), AnalysisTr::tr("Aged 60+"), AnalysisTr::tr("Aged 0–14")});
    m_shares->setToolTip(AnalysisTr::tr(
        "Share of residents whose home is within the walking time of the nearest facility"));
    m_plotRatio->setText(AnalysisTr::tr("Plot &Ratio…"));
    m_plotRatio->setToolTip(AnalysisTr::tr(
        "The residential plot ratio (floor area ÷ land area) that estimates the residents of "
        "compounds without mapped buildings"));
    m_noResidents->setText(AnalysisTr::tr(
        "No residents are known in this project, so no shares can be given. Enter the "
        "compounds' survey figures (View → Attribute Table → Compounds → Population), import a "
        "population grid (File → Import → Population Grid…), or draw the residential compounds."));
}

void AnalysisDock::fillCategories() {
    const project::Project& project = m_controller->document()->project();
    const std::vector<CategoryCount> present = facilityCategories(project);
    const MapStyle& style = MapStyle::standard();
    const QSignalBlocker blocker(m_category);
    m_category->clear();
    int chosen = -1;
    for (const catalog::Category& c : project.catalog().categories()) {
        const auto count = std::find_if(present.begin(), present.end(),
                                        [&](const CategoryCount& p) { return p.code == c.code; });
        const int facilities = count == present.end() ? 0 : count->count;
        const QString code = QString::fromStdString(c.code);
        m_category->addItem(categorySymbol(c.code, style.facilityColour(c.group)),
                            AnalysisTr::tr("%1 (%2)").arg(categoryTitle(project, c.code))
                                .arg(facilities),
                            code);
        if (c.code == m_controller->category()) chosen = m_category->count() - 1;
    }
    if (chosen >= 0) m_category->setCurrentIndex(chosen);
}

void AnalysisDock::fillProfiles() {
    const project::Project& project = m_controller->document()->project();
    const QSignalBlocker blocker(m_profile);
    m_profile->clear();
    int chosen = -1;
    for (const project::WalkProfile& p : project.walkProfiles()) {
        m_profile->addItem(AnalysisTr::tr("%1 (%2 m/s)")
                               .arg(walkProfileName(p), QLocale().toString(p.speedMps, 'g', 3)),
                           QString::fromStdString(p.code));
        if (p.code == m_controller->profile()) chosen = m_profile->count() - 1;
    }
    if (chosen < 0 && m_profile->count() > 0) {
        chosen = 0;
        m_controller->setProfile(m_profile->itemData(0).toString().toStdString());
    }
    m_profile->setCurrentIndex(chosen);
}

void AnalysisDock::showRunning(bool running) {
    m_progress->setVisible(running);
    m_cancel->setVisible(running);
    m_run->setVisible(!running);
    if (!running) m_progress->setValue(0);
}

QString AnalysisDock::targetText() const {
    const access::CoverageResult* result = m_controller->result();
    const auto index = m_controller->categoryIndex();
    if (!result || !index) return {};
    const access::CategoryCoverage& c = result->categories[*index];
    if (!c.targetFromCatalog)
        return AnalysisTr::tr("Target: %1 (the catalogue gives none; the 15-minute circle is "
                              "used)")
            .arg(targetMinutes(c.targetMinutes));
    const catalog::Category* entry = m_controller->document()->project().catalog().find(c.code);
    QStringList sources;
    QString confidence;
    if (entry) {
        for (const catalog::Source& s : entry->sources) sources << QString::fromStdString(s.id);
        confidence = QString::fromStdString(entry->confidence);
    }
    QString text = AnalysisTr::tr("Target: %1").arg(targetMinutes(c.targetMinutes));
    if (entry && entry->walkTarget)
        text += AnalysisTr::tr(" (“%1”)").arg(QString::fromStdString(*entry->walkTarget));
    if (!sources.isEmpty())
        text += QLatin1Char('\n')
                + AnalysisTr::tr("Source: %1; confidence: %2")
                      .arg(sources.join(QStringLiteral(", ")),
                           confidence.isEmpty() ? AnalysisTr::tr("not stated") : confidence);
    return text;
}

QString AnalysisDock::notesText() const {
    const access::CoverageResult* result = m_controller->result();
    if (!result) return {};
    QStringList notes;
    if (result->unsnapped.size() == 1)
        notes << AnalysisTr::tr("1 facility lies too far from any street and is not counted.");
    else if (!result->unsnapped.empty())
        notes << AnalysisTr::tr("%1 facilities lie too far from any street and are not counted.")
                     .arg(result->unsnapped.size());
    if (result->population > 0) {
        if (result->buildings.empty())
            notes << AnalysisTr::tr("Residents walk from their compounds' centres (the project has "
                                    "no home buildings).");
        else
            notes << AnalysisTr::tr("Residents walk from %1 home buildings.")
                         .arg(QLocale().toString(static_cast<qulonglong>(result->buildings.size())));
    }
    return notes.join(QLatin1Char('\n'));
}

QString AnalysisDock::residentsText() const {
    const access::CoverageResult* result = m_controller->result();
    if (!result) return {};
    return residentsSourceText(m_controller->document()->project(), *result,
                               m_controller->options().residents);
}

void AnalysisDock::askPlotRatio() {
    const access::CoverageResult* result = m_controller->result();
    const double current = result ? result->residents.plotRatio.value : access::kDefaultPlotRatio;
    bool ok = false;
    const double ratio = QInputDialog::getDouble(
        this, AnalysisTr::tr("Residential Plot Ratio"),
        AnalysisTr::tr("Plot ratio (floor area ÷ land area) of the compounds that have no "
                       "buildings mapped and no ratio of their own.\nWithout a setting, %1 is "
                       "assumed (GB 50180-2018 table 4.0.2, climate zone III).")
            .arg(QLocale().toString(access::kDefaultPlotRatio, 'f', 1)),
        current, 0.1, 20.0, 2, &ok);
    if (ok) setProjectPlotRatio(ratio);
}

void AnalysisDock::setProjectPlotRatio(double ratio) {
    ProjectDocument* document = m_controller->document();
    if (document->isReadOnly()) return;
    std::ostringstream text;
    text.imbue(std::locale::classic());
    text << ratio;
    document->undoStack()->push(new SetMetadata(*document, project::meta::kPlotRatio, text.str(),
                                                AnalysisTr::tr("Set Plot Ratio")));
}

void AnalysisDock::showResult() {
    {
        const QSignalBlocker blocker(m_category);
        const int index = m_category->findData(QString::fromStdString(m_controller->category()));
        if (index >= 0) m_category->setCurrentIndex(index);
    }
    const access::CoverageResult* result = m_controller->result();
    const auto index = m_controller->categoryIndex();
    m_shares->setRowCount(0);
    m_blindSpots->clear();
    const bool noResidents = result && result->population <= 0;
    m_noResidents->setVisible(noResidents);
    m_shares->setVisible(!noResidents);
    m_plotRatio->setVisible(result && result->residents.compounds(access::ResidentsSource::PlotRatio) > 0);
    m_residents->setText(result ? residentsText() : QString());
    if (!result || !index) {
        m_target->clear();
        m_blindTitle->clear();
        m_notes->clear();
        if (!m_controller->lastError().isEmpty())
            m_status->setText(m_controller->lastError());
        else if (m_controller->isRunning())
            m_status->setText(AnalysisTr::tr("Walking every street…"));
        else
            m_status->setText(AnalysisTr::tr("No result yet."));
        return;
    }
    const access::CategoryCoverage& category = result->categories[*index];
    m_target->setText(targetText());

    m_shares->setRowCount(static_cast<int>(category.shares.size()));
    QStringList rows;
    for (std::size_t i = 0; i < category.shares.size(); ++i) {
        const access::CoverageShare& s = category.shares[i];
        const int row = static_cast<int>(i);
        rows << AnalysisTr::tr("≤ %1 min").arg(QLocale().toString(s.thresholdMinutes, 'g', 4));
        const double values[] = {s.population, s.residents60Plus, s.children0To14};
        for (int column = 0; column < 3; ++column) {
            auto* item = new QTableWidgetItem(percent(values[column]));
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_shares->setItem(row, column, item);
        }
    }
    m_shares->setVerticalHeaderLabels(rows);

    // Blind spots, farthest first: they are what a proposal must fix.
    const std::unordered_set<project::FeatureId> blindIds(category.blindSpots.begin(),
                                                          category.blindSpots.end());
    std::vector<const access::CompoundCoverage*> blind;
    for (const access::CompoundCoverage& c : result->compounds)
        if (blindIds.count(c.id)) blind.push_back(&c);
    std::stable_sort(blind.begin(), blind.end(),
                     [&](const access::CompoundCoverage* a, const access::CompoundCoverage* b) {
                         return a->minutes[*index] > b->minutes[*index];
                     });
    m_blindTitle->setText(
        blind.size() == 1
            ? AnalysisTr::tr("Blind spots: 1 compound beyond the target")
            : AnalysisTr::tr("Blind spots: %1 compounds beyond the target").arg(blind.size()));
    for (const access::CompoundCoverage* c : blind) {
        const QString name = c->name.empty() ? AnalysisTr::tr("Compound %1").arg(c->id)
                                             : QString::fromStdString(c->name);
        const QString count = QLocale().toString(c->population);
        QString residents;
        switch (c->residentsSource) {
        case access::ResidentsSource::Survey:
            residents = AnalysisTr::tr("%1 residents").arg(count);
            break;
        case access::ResidentsSource::Grid:
            residents = AnalysisTr::tr("about %1 residents (population grid)").arg(count);
            break;
        case access::ResidentsSource::FloorArea:
            residents = AnalysisTr::tr("about %1 residents (from floor area)").arg(count);
            break;
        case access::ResidentsSource::PlotRatio:
            residents = AnalysisTr::tr("about %1 residents (from land × plot ratio)").arg(count);
            break;
        case access::ResidentsSource::None:
            residents = AnalysisTr::tr("no residents known");
            break;
        }
        auto* item = new QListWidgetItem(
            AnalysisTr::tr("%1 — %2, %3").arg(name, minutes(c->minutes[*index]), residents),
            m_blindSpots);
        item->setData(Qt::UserRole, QVariant::fromValue<project::FeatureId>(c->id));
        item->setToolTip(AnalysisTr::tr("Double-click to show it on the map"));
    }
    m_notes->setText(notesText());

    QString status = AnalysisTr::tr("Full run: %1 s").arg(
        QLocale().toString(m_controller->lastRunSeconds(), 'f', 2));
    if (m_controller->incrementalUpdates() > 0)
        status += AnalysisTr::tr("; last edit applied in %1 ms")
                      .arg(QLocale().toString(m_controller->lastUpdateMs(), 'f', 2));
    if (m_controller->isRunning()) status = AnalysisTr::tr("Updating after an edit…");
    m_status->setText(status);
}

}  // namespace yike::ui
