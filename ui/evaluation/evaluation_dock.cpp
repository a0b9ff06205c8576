// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/evaluation/evaluation_dock.h"

#include <QCheckBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QToolButton>
#include <QUndoStack>
#include <QComboBox>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSaveFile>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QTableView>
#include <QTreeWidget>
#include <QVBoxLayout>

#include "core/catalog/catalog.h"
#include "core/project/project.h"
#include "ui/commands/remove_circle.h"
#include "ui/commands/set_circle.h"
#include "ui/document/project_document.h"
#include "ui/evaluation/before_after_dialog.h"
#include "ui/evaluation/evaluation_controller.h"
#include "ui/evaluation/tr.h"
#include "ui/render/circles_layer.h"
#include "ui/report/report_text.h"

namespace yike::ui {
namespace {

using evaluation::CircleEvaluation;

/// Roles of the district table's cells: the value as written to CSV.
constexpr int kCsvRole = Qt::UserRole + 1;

QString shareText(const evaluation::CohortCheck& c) {
    if (!c.shareWithinTarget) return EvaluationTr::tr("none live here");
    return percentText(*c.shareWithinTarget);
}

QString sourceTip(const evaluation::RuleSource& s) {
    QStringList lines;
    if (!s.sources.empty()) lines << EvaluationTr::tr("Sources: %1").arg(QString::fromStdString(s.sources));
    if (!s.confidence.empty())
        lines << EvaluationTr::tr("Confidence: %1").arg(catalogueTerm(s.confidence));
    if (!s.note.empty()) lines << QString::fromStdString(s.note);
    return lines.join(QLatin1Char('\n'));
}

QString categoryLabel(const project::Project& project, const std::string& code) {
    if (const catalog::Category* c = project.catalog().find(code))
        return localName(c->nameZh, c->nameEn);
    return QString::fromStdString(code);
}

QString missingText(const std::string& code) {
    if (code == "no_survey") return EvaluationTr::tr("missing: enter the survey figure in the circle");
    if (code == "no_households")
        return EvaluationTr::tr("missing: no households counted and no residents known");
    if (code == "floor_area_missing")
        return EvaluationTr::tr("missing: some facilities have no floor area (attribute floor_area_m2)");
    if (code == "no_facilities") return EvaluationTr::tr("missing: no such facility in the circle");
    if (code == "no_chain_data")
        return EvaluationTr::tr("missing: no facility says whether it is a chain (OSM brand tag or "
                                "attribute chain=yes/no)");
    return QString::fromStdString(code);
}

QString indicatorValue(const evaluation::IndicatorCheck& i) {
    const QString unit = i.rule.unit == "m2" ? QStringLiteral("m²") : QString::fromStdString(i.rule.unit);
    if (!i.value) return missingText(i.missing);
    return EvaluationTr::tr("%1 %2 (target %3 %2)")
        .arg(QLocale().toString(*i.value, 'f', 1), unit, QLocale().toString(i.rule.target, 'f', 0));
}

}  // namespace

EvaluationDock::EvaluationDock(EvaluationController* controller, QWidget* parent)
    : QDockWidget(parent), m_controller(controller) {
    setObjectName(QStringLiteral("evaluationDock"));
    auto* body = new QWidget;
    auto* layout = new QVBoxLayout(body);

    auto* top = new QHBoxLayout;
    m_circle = new QComboBox;
    m_circle->setObjectName(QStringLiteral("evaluationCircle"));
    m_circle->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_circle->setMinimumContentsLength(12);
    top->addWidget(m_circle, 1);
    m_run = new QPushButton;
    m_run->setObjectName(QStringLiteral("evaluationRun"));
    top->addWidget(m_run);
    m_cancel = new QPushButton;
    m_cancel->setVisible(false);
    top->addWidget(m_cancel);
    layout->addLayout(top);
    auto* circles = new QHBoxLayout;
    m_newCircle = new QToolButton;
    m_newCircle->setObjectName(QStringLiteral("evaluationNewCircle"));
    m_newCircle->setPopupMode(QToolButton::InstantPopup);
    m_newCircle->setMenu(new QMenu(m_newCircle));
    circles->addWidget(m_newCircle);
    m_editCircle = new QPushButton;
    m_editCircle->setObjectName(QStringLiteral("evaluationEditCircle"));
    circles->addWidget(m_editCircle);
    m_deleteCircle = new QPushButton;
    m_deleteCircle->setObjectName(QStringLiteral("evaluationDeleteCircle"));
    circles->addWidget(m_deleteCircle);
    m_beforeAfter = new QPushButton;
    m_beforeAfter->setObjectName(QStringLiteral("evaluationBeforeAfter"));
    circles->addWidget(m_beforeAfter);
    circles->addStretch(1);
    layout->addLayout(circles);
    m_planned = new QCheckBox;
    layout->addWidget(m_planned);
    m_progress = new QProgressBar;
    m_progress->setRange(0, 1000);
    m_progress->setVisible(false);
    layout->addWidget(m_progress);
    m_status = new QLabel;
    m_status->setWordWrap(true);
    layout->addWidget(m_status);

    m_tabs = new QTabWidget;
    auto* sheetPage = new QWidget;
    auto* sheetLayout = new QVBoxLayout(sheetPage);
    sheetLayout->setContentsMargins(0, 0, 0, 0);
    m_sheet = new QTreeWidget;
    m_sheet->setObjectName(QStringLiteral("evaluationSheet"));
    m_sheet->setColumnCount(6);
    m_sheet->setRootIsDecorated(true);
    m_sheet->setUniformRowHeights(true);
    sheetLayout->addWidget(m_sheet, 1);
    auto* proposeRow = new QHBoxLayout;
    m_proposeScheme = new QComboBox;
    proposeRow->addWidget(m_proposeScheme, 1);
    m_propose = new QPushButton;
    m_propose->setObjectName(QStringLiteral("evaluationPropose"));
    proposeRow->addWidget(m_propose);
    sheetLayout->addLayout(proposeRow);
    m_tabs->addTab(sheetPage, QString());

    auto* districtPage = new QWidget;
    auto* districtLayout = new QVBoxLayout(districtPage);
    districtLayout->setContentsMargins(0, 0, 0, 0);
    m_districtModel = new QStandardItemModel(this);
    m_districtSort = new QSortFilterProxyModel(this);
    m_districtSort->setSourceModel(m_districtModel);
    m_districtSort->setSortRole(Qt::UserRole);
    m_district = new QTableView;
    m_district->setObjectName(QStringLiteral("evaluationDistrict"));
    m_district->setModel(m_districtSort);
    m_district->setSortingEnabled(true);
    m_district->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_district->setEditTriggers(QAbstractItemView::NoEditTriggers);
    districtLayout->addWidget(m_district, 1);
    auto* districtButtons = new QHBoxLayout;
    m_mapByLabel = new QLabel;
    m_mapBy = new QComboBox;
    m_mapBy->setObjectName(QStringLiteral("evaluationMapBy"));
    m_mapBy->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_mapBy->setMinimumContentsLength(10);
    m_mapByLabel->setBuddy(m_mapBy);
    districtButtons->addWidget(m_mapByLabel);
    districtButtons->addWidget(m_mapBy, 1);
    m_exportCsv = new QPushButton;
    m_exportCsv->setObjectName(QStringLiteral("evaluationExportCsv"));
    districtButtons->addWidget(m_exportCsv);
    districtLayout->addLayout(districtButtons);
    m_tabs->addTab(districtPage, QString());
    layout->addWidget(m_tabs, 1);
    setWidget(body);

    connect(m_run, &QPushButton::clicked, m_controller, &EvaluationController::run);
    connect(m_editCircle, &QPushButton::clicked, this, &EvaluationDock::editCurrentCircle);
    connect(m_deleteCircle, &QPushButton::clicked, this, &EvaluationDock::deleteCurrentCircle);
    connect(m_cancel, &QPushButton::clicked, m_controller, &EvaluationController::cancel);
    connect(m_planned, &QCheckBox::toggled, this, [this](bool on) {
        m_controller->setIncludePlanned(on);
        m_controller->run();
    });
    connect(m_circle, &QComboBox::currentIndexChanged, this, &EvaluationDock::showCircle);
    connect(m_exportCsv, &QPushButton::clicked, this, &EvaluationDock::askExportCsv);
    connect(m_beforeAfter, &QPushButton::clicked, this, [this] { openBeforeAfter(); });
    connect(m_mapBy, &QComboBox::currentIndexChanged, this, [this] { rebuildCirclesOverlay(); });
    connect(m_district, &QTableView::doubleClicked, this, [this](const QModelIndex& index) {
        const QModelIndex source = m_districtSort->mapToSource(index);
        setCurrentCircle(source.row());
        m_tabs->setCurrentIndex(0);
    });
    connect(m_propose, &QPushButton::clicked, this, [this] {
        const auto run = m_controller->result();
        const int circle = currentCircle();
        const int scheme = m_proposeScheme->currentIndex();
        if (!run || circle < 0 || scheme < 0) return;
        const CircleEvaluation& e = run->result.circles[std::size_t(circle)];
        if (std::size_t(scheme) < e.schemes.size() && !e.schemes[std::size_t(scheme)].blockingNext.empty())
            Q_EMIT proposeFor(e.schemes[std::size_t(scheme)].blockingNext);
    });
    connect(m_proposeScheme, &QComboBox::currentIndexChanged, this, [this] { updateStatus(); });
    connect(m_controller, &EvaluationController::runStarted, this, [this] {
        m_progress->setValue(0);
        updateStatus();
    });
    connect(m_controller, &EvaluationController::progressChanged, this,
            [this](double f) { m_progress->setValue(int(f * 1000)); });
    connect(m_controller, &EvaluationController::runStopped, this, [this] { updateStatus(); });
    connect(m_controller, &EvaluationController::resultChanged, this, &EvaluationDock::onResultChanged);
    connect(m_controller, &EvaluationController::staleChanged, this, [this] { updateStatus(); });
    retranslate();
}

int EvaluationDock::currentCircle() const {
    return m_controller->result() ? m_circle->currentIndex() : -1;
}

void EvaluationDock::setCurrentCircle(int index) { m_circle->setCurrentIndex(index); }

void EvaluationDock::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) retranslate();
    QDockWidget::changeEvent(event);
}

void EvaluationDock::retranslate() {
    setWindowTitle(EvaluationTr::tr("Circle Evaluation"));
    m_run->setText(EvaluationTr::tr("&Evaluate"));
    m_run->setToolTip(EvaluationTr::tr("Check every living circle against the standards: services "
                                       "present and reached per age group, grade, indicators"));
    m_cancel->setText(EvaluationTr::tr("Cancel"));
    m_planned->setText(EvaluationTr::tr("Count &planned facilities (the circles as planned)"));
    m_propose->setText(EvaluationTr::tr("Propose Conversions for These"));
    m_propose->setToolTip(EvaluationTr::tr("Hand the services that block the next grade to the "
                                           "Conversion Proposals panel as its targets"));
    m_exportCsv->setText(EvaluationTr::tr("Export CSV…"));
    m_newCircle->setText(EvaluationTr::tr("&New Circle"));
    m_editCircle->setText(EvaluationTr::tr("Edi&t…"));
    m_deleteCircle->setText(EvaluationTr::tr("&Delete"));
    m_beforeAfter->setText(EvaluationTr::tr("Before / &After…"));
    m_beforeAfter->setToolTip(EvaluationTr::tr("The circle as it is beside the circle as planned "
                                               "(planned facilities, accepted conversions)"));
    m_mapByLabel->setText(EvaluationTr::tr("Map &colours:"));
    QMenu* menu = m_newCircle->menu();
    menu->clear();
    menu->addAction(EvaluationTr::tr("Around the Selected &Facility (15 min)"), this,
                    [this] { newCircleAroundSelection(); });
    menu->addAction(EvaluationTr::tr("From the Selected &Compounds"), this,
                    [this] { newCircleFromSelectedCompounds(); });
    menu->addAction(EvaluationTr::tr("The &Study Area"), this, [this] { newCircleFromStudyArea(); });
    m_tabs->setTabText(0, EvaluationTr::tr("Sheet"));
    m_tabs->setTabText(1, EvaluationTr::tr("District"));
    m_sheet->setHeaderLabels({EvaluationTr::tr("Service"), EvaluationTr::tr("Inside"),
                              EvaluationTr::tr("Target"), EvaluationTr::tr("All"),
                              EvaluationTr::tr("60+"), EvaluationTr::tr("0–14")});
    onResultChanged();
}

void EvaluationDock::updateStatus() {
    const bool running = m_controller->isRunning();
    m_progress->setVisible(running);
    m_cancel->setVisible(running);
    m_run->setEnabled(!running);
    const auto run = m_controller->result();
    QString text;
    if (running)
        text = EvaluationTr::tr("Evaluating: walking from every home at three paces…");
    else if (!m_controller->lastError().isEmpty())
        text = m_controller->lastError();
    else if (!run)
        text = EvaluationTr::tr("Press Evaluate. Without circles of its own, the project's whole "
                                "study area is evaluated as one.");
    else if (m_controller->isStale())
        text = EvaluationTr::tr("The project has changed since: evaluate again.");
    else if (run->result.wholeStudyArea)
        text = EvaluationTr::tr("The project defines no living circle: its whole study area is "
                                "evaluated as one.");
    else
        text = EvaluationTr::tr("%n circle(s) evaluated.", nullptr, int(run->result.circles.size()));
    m_status->setText(text);
    const int circle = currentCircle();
    const int scheme = m_proposeScheme->currentIndex();
    bool canPropose = false;
    if (run && circle >= 0 && scheme >= 0) {
        const CircleEvaluation& e = run->result.circles[std::size_t(circle)];
        canPropose = std::size_t(scheme) < e.schemes.size()
                     && !e.schemes[std::size_t(scheme)].blockingNext.empty();
    }
    m_propose->setEnabled(canPropose);
    m_editCircle->setEnabled(currentProjectCircle() != nullptr);
    m_deleteCircle->setEnabled(currentProjectCircle() != nullptr);
    m_exportCsv->setEnabled(run != nullptr);
}

void EvaluationDock::onResultChanged() {
    const auto run = m_controller->result();
    const int keep = m_circle->currentIndex();
    {
        const QSignalBlocker block(m_circle);
        m_circle->clear();
        if (run)
            for (const CircleEvaluation& e : run->result.circles)
                m_circle->addItem(QString::fromStdString(e.name));
        if (m_circle->count() > 0) m_circle->setCurrentIndex(std::clamp(keep, 0, m_circle->count() - 1));
    }
    {
        const QSignalBlocker block(m_proposeScheme);
        const int scheme = m_proposeScheme->currentIndex();
        m_proposeScheme->clear();
        if (run)
            for (const evaluation::Scheme& s : run->rules.schemes)
                m_proposeScheme->addItem(EvaluationTr::tr("Next grade of %1").arg(localName(s.nameZh, s.nameEn)));
        if (m_proposeScheme->count() > 0)
            m_proposeScheme->setCurrentIndex(std::clamp(scheme, 0, m_proposeScheme->count() - 1));
    }
    showCircle();
    fillDistrict();
    fillMapBy();
    rebuildCirclesOverlay();
    updateStatus();
}

BeforeAfterDialog* EvaluationDock::openBeforeAfter() {
    const auto run = m_controller->result();
    const int index = currentCircle();
    std::string circle;
    if (run && index >= 0 && !run->result.wholeStudyArea)
        circle = run->result.circles[std::size_t(index)].name;
    const project::Project& project = m_controller->document()->project();
    const std::string title = project.metadataValue(project::meta::kTitle);
    auto* dialog = new BeforeAfterDialog(
        m_controller->document(), m_controller->rules(), circle,
        title.empty() ? EvaluationController::wholeStudyAreaName().toStdString() : title, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    return dialog;
}

void EvaluationDock::fillMapBy() {
    const QSignalBlocker block(m_mapBy);
    const QString keep = m_mapBy->currentData().toString();
    m_mapBy->clear();
    const auto run = m_controller->result();
    if (run) {
        for (const evaluation::Scheme& s : run->rules.schemes)
            m_mapBy->addItem(EvaluationTr::tr("Grade: %1").arg(localName(s.nameZh, s.nameEn)),
                             QStringLiteral("scheme:") + QString::fromStdString(s.code));
        if (!run->result.circles.empty())
            for (const evaluation::CategoryCheck& c : run->result.circles.front().categories)
                m_mapBy->addItem(EvaluationTr::tr("Reach: %1").arg(localName(c.nameZh, c.nameEn)),
                                 QStringLiteral("category:") + QString::fromStdString(c.code));
    }
    const int index = m_mapBy->findData(keep);
    m_mapBy->setCurrentIndex(index >= 0 ? index : 0);
}

void EvaluationDock::setMapBy(const QString& key) {
    const int index = m_mapBy->findData(key);
    if (index >= 0) m_mapBy->setCurrentIndex(index);
}

void EvaluationDock::rebuildCirclesOverlay() {
    const auto run = m_controller->result();
    const QString key = m_mapBy->currentData().toString();
    std::shared_ptr<CirclesOverlay> overlay;
    if (run && !key.isEmpty()) {
        overlay = std::make_shared<CirclesOverlay>();
        const std::string code = key.section(QLatin1Char(':'), 1).toStdString();
        const double pass = run->rules.passShare;
        const evaluation::Scheme* scheme = nullptr;
        if (key.startsWith(QStringLiteral("scheme:")))
            for (const evaluation::Scheme& s : run->rules.schemes)
                if (s.code == code) scheme = &s;
        const bool byGrade = scheme != nullptr;
        if (byGrade) {
            overlay->title = localName(scheme->nameZh, scheme->nameEn);
            const std::size_t count = scheme->grades.size() + 1;
            overlay->classes.push_back({EvaluationTr::tr("No grade"), circleClassColour(0, count)});
            for (std::size_t g = 0; g < scheme->grades.size(); ++g)
                overlay->classes.push_back(
                    {localName(scheme->grades[g].nameZh, scheme->grades[g].nameEn),
                     circleClassColour(g + 1, count)});
        } else {
            const evaluation::CategoryCheck* named =
                run->result.circles.empty() ? nullptr : run->result.circles.front().category(code);
            overlay->title = EvaluationTr::tr("%1, everyone within its target")
                                 .arg(named ? localName(named->nameZh, named->nameEn)
                                            : QString::fromStdString(code));
            overlay->classes = {
                {EvaluationTr::tr("Below %1").arg(percentText(pass / 2.0)), circleClassColour(0, 3)},
                {EvaluationTr::tr("%1 to %2").arg(percentText(pass / 2.0), percentText(pass)),
                 circleClassColour(1, 3)},
                {EvaluationTr::tr("%1 or more (passes)").arg(percentText(pass)),
                 circleClassColour(2, 3)}};
        }
        const auto& circles = run->result.circles;
        for (std::size_t i = 0; i < circles.size() && i < run->result.areas.size(); ++i) {
            CirclesOverlay::Circle circle;
            circle.name = QString::fromStdString(circles[i].name);
            circle.polygons = run->result.areas[i].polygons;
            if (byGrade) {
                const evaluation::SchemeCheck* check = circles[i].scheme(code);
                const std::optional<std::size_t> reached = check ? check->reached : std::nullopt;
                circle.cls = reached ? *reached + 1 : 0;
                circle.value = overlay->classes[std::min(circle.cls, overlay->classes.size() - 1)].label;
            } else {
                const evaluation::CategoryCheck* check = circles[i].category(code);
                if (!check) continue;
                const std::optional<double> share = check->cohorts[0].shareWithinTarget;
                circle.cls = !share ? 0 : *share >= pass ? 2 : *share >= pass / 2.0 ? 1 : 0;
                circle.value = share ? percentText(*share) : EvaluationTr::tr("no residents");
            }
            overlay->circles.push_back(std::move(circle));
        }
    }
    m_circlesOverlay = std::move(overlay);
    Q_EMIT circlesOverlayChanged();
}

void EvaluationDock::showCircle() {
    m_sheet->clear();
    const auto run = m_controller->result();
    const int index = currentCircle();
    if (!run || index < 0 || std::size_t(index) >= run->result.circles.size()) {
        updateStatus();
        return;
    }
    const project::Project& project = m_controller->document()->project();
    const CircleEvaluation& e = run->result.circles[std::size_t(index)];
    const QColor pass(0x1b, 0x7f, 0x3b), fail(0xb0, 0x2a, 0x1e);

    auto* residents = new QTreeWidgetItem(m_sheet);
    residents->setText(0, EvaluationTr::tr("Residents: %1 (%2 aged 60+, %3 aged 0–14) in %n home(s)",
                                           nullptr, int(e.homes))
                              .arg(peopleText(e.residents[0]), peopleText(e.residents[1]),
                                   peopleText(e.residents[2])));
    residents->setFirstColumnSpanned(true);

    auto* services = new QTreeWidgetItem(m_sheet);
    const auto present = std::count_if(e.categories.begin(), e.categories.end(),
                                       [](const evaluation::CategoryCheck& c) { return c.present(); });
    const auto passing = std::count_if(e.categories.begin(), e.categories.end(),
                                       [](const evaluation::CategoryCheck& c) { return c.passes(); });
    services->setText(0, EvaluationTr::tr("Services: %1 of %2 present, %3 within reach of %4 of "
                                          "every age group")
                             .arg(present)
                             .arg(e.categories.size())
                             .arg(passing)
                             .arg(percentText(run->rules.passShare)));
    services->setToolTip(0, sourceTip(run->rules.passShareSource));
    services->setFirstColumnSpanned(true);
    for (const evaluation::CategoryCheck& c : e.categories) {
        auto* item = new QTreeWidgetItem(services);
        item->setText(0, categoryLabel(project, c.code));
        item->setData(0, Qt::UserRole, QString::fromStdString(c.code));
        item->setText(1, QString::number(c.facilitiesInside.size()));
        item->setText(2, minutesText(c.targetMinutes) + (c.targetFromCatalog ? QString() : QStringLiteral("*")));
        for (std::size_t k = 0; k < evaluation::kCohortCount; ++k) {
            const evaluation::CohortCheck& cohort = c.cohorts[k];
            item->setText(int(3 + k), shareText(cohort));
            if (cohort.shareWithinTarget) item->setForeground(int(3 + k), cohort.passes ? pass : fail);
        }
        if (!c.present()) item->setForeground(1, fail);
        if (const catalog::Category* entry = project.catalog().find(c.code)) {
            QStringList tip;
            if (entry->walkTarget)
                tip << EvaluationTr::tr("Walking target: %1").arg(QString::fromStdString(*entry->walkTarget));
            else
                tip << EvaluationTr::tr("No walking target in the catalogue: 15 minutes assumed (*).");
            QStringList ids;
            for (const catalog::Source& s : entry->sources) ids << QString::fromStdString(s.id);
            if (!ids.isEmpty()) tip << EvaluationTr::tr("Sources: %1").arg(ids.join(QStringLiteral(", ")));
            if (!entry->confidence.empty())
                tip << EvaluationTr::tr("Confidence: %1").arg(catalogueTerm(entry->confidence));
            item->setToolTip(0, tip.join(QLatin1Char('\n')));
            item->setToolTip(2, tip.join(QLatin1Char('\n')));
        }
    }

    for (const evaluation::SchemeCheck& s : e.schemes) {
        auto* scheme = new QTreeWidgetItem(m_sheet);
        const QString reached = s.reached ? localName(s.grades[*s.reached].nameZh, s.grades[*s.reached].nameEn)
                                          : EvaluationTr::tr("no grade");
        scheme->setText(0, EvaluationTr::tr("%1: %2").arg(localName(s.nameZh, s.nameEn), reached));
        scheme->setToolTip(0, sourceTip(s.source));
        scheme->setFirstColumnSpanned(true);
        QFont bold = scheme->font(0);
        bold.setBold(true);
        scheme->setFont(0, bold);
        for (const evaluation::GradeCheck& g : s.grades) {
            auto* grade = new QTreeWidgetItem(scheme);
            grade->setText(0, (g.reached ? QStringLiteral("✓ ") : QStringLiteral("✗ ")) + localName(g.nameZh, g.nameEn));
            grade->setForeground(0, g.reached ? pass : fail);
            grade->setFirstColumnSpanned(true);
            for (const evaluation::RequirementCheck& r : g.requirements) {
                auto* line = new QTreeWidgetItem(grade);
                QString text;
                if (r.rule.kind == evaluation::Requirement::Kind::Grade) {
                    const evaluation::Scheme* other = run->rules.findScheme(r.rule.scheme);
                    QString name = QString::fromStdString(r.rule.scheme + "." + r.rule.grade);
                    if (other)
                        for (const evaluation::Grade& og : other->grades)
                            if (og.code == r.rule.grade) name = localName(og.nameZh, og.nameEn);
                    text = EvaluationTr::tr("Reaches %1").arg(name);
                } else {
                    const evaluation::CategorySet* set = run->rules.findSet(r.rule.set);
                    const QString setName = set ? localName(set->nameZh, set->nameEn)
                                                : QString::fromStdString(r.rule.set);
                    text = EvaluationTr::tr("%1: %2 of %3 present, %4 needed")
                               .arg(setName)
                               .arg(r.present)
                               .arg(r.members.size())
                               .arg(r.needed);
                    if (r.rule.officialTotal > 0)
                        text += EvaluationTr::tr(" (%1 of the official %2, scaled to this list)")
                                    .arg(r.rule.count)
                                    .arg(r.rule.officialTotal);
                    QStringList missing;
                    for (const std::string& code : r.missing) missing << categoryLabel(project, code);
                    if (!missing.isEmpty())
                        line->setToolTip(0, EvaluationTr::tr("Missing: %1").arg(missing.join(QStringLiteral("、"))));
                    if (set) line->setToolTip(0, line->toolTip(0) + QLatin1Char('\n') + sourceTip(set->source));
                }
                line->setText(0, (r.met ? QStringLiteral("✓ ") : QStringLiteral("✗ ")) + text);
                line->setForeground(0, r.met ? pass : fail);
                line->setFirstColumnSpanned(true);
                if (const QString tip = sourceTip(r.rule.source); !tip.isEmpty())
                    line->setToolTip(0, line->toolTip(0).isEmpty() ? tip : line->toolTip(0) + QLatin1Char('\n') + tip);
            }
        }
        if (!s.blockingNext.empty()) {
            auto* blocking = new QTreeWidgetItem(scheme);
            QStringList names;
            for (const std::string& code : s.blockingNext) names << categoryLabel(project, code);
            blocking->setText(0, EvaluationTr::tr("Next grade needs at least %n more of: %1", nullptr, s.shortfall)
                                     .arg(names.join(QStringLiteral("、"))));
            blocking->setFirstColumnSpanned(true);
        }
        scheme->setExpanded(true);
    }

    auto* indicators = new QTreeWidgetItem(m_sheet);
    indicators->setText(0, EvaluationTr::tr("Programme indicators"));
    indicators->setFirstColumnSpanned(true);
    for (const evaluation::IndicatorCheck& i : e.indicators) {
        auto* item = new QTreeWidgetItem(indicators);
        item->setText(0, localName(i.rule.nameZh, i.rule.nameEn) + QStringLiteral(": ") + indicatorValue(i));
        item->setFirstColumnSpanned(true);
        if (i.value) item->setForeground(0, i.passes ? pass : fail);
        QString tip = sourceTip(i.rule.source);
        if (i.householdsEstimated)
            tip += QLatin1Char('\n')
                   + EvaluationTr::tr("Households estimated from residents at %1 per household.")
                         .arg(QLocale().toString(run->rules.personsPerHousehold, 'g', 3));
        if (i.unknownChainStatus > 0)
            tip += QLatin1Char('\n')
                   + EvaluationTr::tr("%n shop(s) with no brand tag counted as independent.", nullptr,
                                      i.unknownChainStatus);
        item->setToolTip(0, tip);
    }
    services->setExpanded(true);
    indicators->setExpanded(true);
    // The panel is narrow: every column as wide as its contents, the sheet scrolls sideways.
    m_sheet->header()->setStretchLastSection(false);
    for (int c = 0; c < m_sheet->columnCount(); ++c)
        m_sheet->header()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    updateStatus();
}

void EvaluationDock::fillDistrict() {
    m_districtModel->clear();
    const auto run = m_controller->result();
    if (!run) return;
    const evaluation::DistrictTable& table = run->table;
    QStringList headers;
    for (const std::string& code : table.columns) {
        QString header = QString::fromStdString(code);
        if (code == "circle") header = EvaluationTr::tr("Circle");
        else if (code == "homes") header = EvaluationTr::tr("Homes");
        else if (code == "residents") header = EvaluationTr::tr("Residents");
        else if (code == "residents_60_plus") header = EvaluationTr::tr("Aged 60+");
        else if (code == "children_0_14") header = EvaluationTr::tr("Aged 0–14");
        else if (code == "categories_present") header = EvaluationTr::tr("Services present");
        else if (code == "categories_passing") header = EvaluationTr::tr("Services within reach");
        for (const evaluation::Scheme& s : run->rules.schemes) {
            if (code == "grade_" + s.code) header = localName(s.nameZh, s.nameEn);
            if (code == "shortfall_" + s.code)
                header = EvaluationTr::tr("Short of next (%1)").arg(localName(s.nameZh, s.nameEn));
        }
        if (const evaluation::IndicatorRule* i = run->rules.findIndicator(code))
            header = localName(i->nameZh, i->nameEn);
        headers << header;
    }
    m_districtModel->setHorizontalHeaderLabels(headers);
    for (const std::vector<std::string>& row : table.rows) {
        QList<QStandardItem*> items;
        for (std::size_t c = 0; c < row.size(); ++c) {
            const QString cell = QString::fromStdString(row[c]);
            auto* item = new QStandardItem;
            item->setData(cell, kCsvRole);
            bool numeric = false;
            const double value = cell.toDouble(&numeric);
            QString shown = cell;
            const std::string& code = table.columns[c];
            if (code.starts_with("grade_")) {
                const evaluation::Scheme* s = run->rules.findScheme(code.substr(6));
                if (s)
                    for (const evaluation::Grade& g : s->grades)
                        if (g.code == row[c]) shown = localName(g.nameZh, g.nameEn);
                if (cell.isEmpty()) shown = EvaluationTr::tr("none");
                // Grades sort by rank, not by name.
                int rank = -1;
                if (s)
                    for (std::size_t g = 0; g < s->grades.size(); ++g)
                        if (s->grades[g].code == row[c]) rank = int(g);
                item->setData(rank, Qt::UserRole);
            } else if (numeric) {
                shown = QLocale().toString(value, 'f', cell.contains(QLatin1Char('.')) ? 1 : 0);
                item->setData(value, Qt::UserRole);
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            } else {
                if (cell.isEmpty() && c > 0) shown = EvaluationTr::tr("missing");
                item->setData(cell, Qt::UserRole);
            }
            item->setText(shown);
            items << item;
        }
        m_districtModel->appendRow(items);
    }
    m_district->resizeColumnsToContents();
}

bool EvaluationDock::exportCsv(const QString& path) {
    const auto run = m_controller->result();
    if (!run) return false;
    const std::string csv = evaluation::districtCsv(run->table);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(csv.data(), qint64(csv.size())) != qint64(csv.size())
        || !file.commit()) {
        m_status->setText(EvaluationTr::tr("Cannot write %1: %2").arg(path, file.errorString()));
        return false;
    }
    m_status->setText(EvaluationTr::tr("Wrote the district table to %1.").arg(path));
    return true;
}

void EvaluationDock::askExportCsv() {
    const QString path = QFileDialog::getSaveFileName(this, EvaluationTr::tr("Export District Table"),
                                                      QString(), EvaluationTr::tr("CSV (*.csv)"));
    if (!path.isEmpty()) exportCsv(path);
}

const project::Circle* EvaluationDock::currentProjectCircle() const {
    const auto run = m_controller->result();
    const int index = currentCircle();
    if (!run || index < 0 || run->result.wholeStudyArea) return nullptr;
    return m_controller->document()->project().circle(
        run->result.circles[std::size_t(index)].name);
}

std::string EvaluationDock::freeName(const std::string& base) const {
    const project::Project& project = m_controller->document()->project();
    std::string name = base;
    for (int n = 2; project.circle(name) != nullptr; ++n) name = base + " (" + std::to_string(n) + ")";
    return name;
}

bool EvaluationDock::addCircle(project::Circle circle) {
    try {
        m_controller->document()->undoStack()->push(
            new SetCircle(*m_controller->document(), std::move(circle)));
    } catch (const project::ProjectLogicError& e) {
        m_status->setText(EvaluationTr::tr("The circle cannot be kept: %1").arg(QString::fromUtf8(e.what())));
        return false;
    }
    m_controller->run();
    return true;
}

bool EvaluationDock::newCircleAroundSelection(double minutes) {
    const ProjectDocument* document = m_controller->document();
    for (const FeatureRef& ref : document->selection()->items()) {
        if (ref.layer != project::Layer::Facilities) continue;
        const project::Facility* f = document->project().facilities().find(ref.id);
        if (f == nullptr) continue;
        project::Circle circle;
        circle.kind = project::CircleKind::Centre;
        circle.centreFacility = f->id;
        circle.minutes = minutes;
        const QString base = f->name.empty() ? EvaluationTr::tr("Around facility %1").arg(f->id)
                                             : QString::fromStdString(f->name);
        circle.name = freeName(base.toStdString());
        return addCircle(std::move(circle));
    }
    m_status->setText(EvaluationTr::tr("Select a facility first, usually the community service "
                                       "centre: its walk area becomes the circle."));
    return false;
}

bool EvaluationDock::newCircleFromSelectedCompounds() {
    const ProjectDocument* document = m_controller->document();
    project::Circle circle;
    circle.kind = project::CircleKind::Area;
    std::string base;
    for (const FeatureRef& ref : document->selection()->items()) {
        if (ref.layer != project::Layer::Compounds) continue;
        const project::Compound* c = document->project().compounds().find(ref.id);
        if (c == nullptr || c->outline.outer.size() < 3) continue;
        circle.area.push_back(c->outline);
        if (base.empty()) base = c->name;
    }
    if (circle.area.empty()) {
        m_status->setText(EvaluationTr::tr("Select one or more compounds with outlines first."));
        return false;
    }
    if (base.empty()) base = EvaluationTr::tr("Compounds").toStdString();
    circle.name = freeName(base);
    return addCircle(std::move(circle));
}

bool EvaluationDock::newCircleFromStudyArea() {
    const project::Project& project = m_controller->document()->project();
    if (!project.studyArea()) {
        m_status->setText(EvaluationTr::tr("The project has no study area."));
        return false;
    }
    project::Circle circle;
    circle.kind = project::CircleKind::Area;
    circle.area = {*project.studyArea()};
    const std::string title = project.metadataValue(project::meta::kTitle);
    circle.name = freeName(title.empty() ? EvaluationTr::tr("Study area").toStdString() : title);
    return addCircle(std::move(circle));
}

bool EvaluationDock::deleteCurrentCircle() {
    const project::Circle* circle = currentProjectCircle();
    if (circle == nullptr) return false;
    m_controller->document()->undoStack()->push(
        new RemoveCircle(*m_controller->document(), circle->name));
    m_controller->run();
    return true;
}

void EvaluationDock::editCurrentCircle() {
    const project::Circle* current = currentProjectCircle();
    if (current == nullptr) return;
    const project::Project& project = m_controller->document()->project();
    QDialog dialog(this);
    dialog.setWindowTitle(EvaluationTr::tr("Edit Circle"));
    auto* form = new QFormLayout(&dialog);
    auto* name = new QLineEdit(QString::fromStdString(current->name));
    form->addRow(EvaluationTr::tr("&Name:"), name);
    auto* minutes = new QDoubleSpinBox;
    minutes->setRange(1.0, 60.0);
    minutes->setSuffix(EvaluationTr::tr(" min"));
    minutes->setValue(current->minutes);
    auto* profile = new QComboBox;
    for (const project::WalkProfile& w : project.walkProfiles())
        profile->addItem(walkProfileName(w), QString::fromStdString(w.code));
    profile->setCurrentIndex(std::max(0, profile->findData(QString::fromStdString(current->profileCode))));
    if (current->kind == project::CircleKind::Centre) {
        form->addRow(EvaluationTr::tr("&Walking time:"), minutes);
        form->addRow(EvaluationTr::tr("Wal&kers:"), profile);
    }
    auto* surveyed = new QCheckBox(EvaluationTr::tr("Surveyed"));
    auto* satisfaction = new QDoubleSpinBox;
    satisfaction->setRange(0.0, 100.0);
    satisfaction->setSuffix(QStringLiteral(" %"));
    satisfaction->setValue(current->satisfactionPercent.value_or(90.0));
    surveyed->setChecked(current->satisfactionPercent.has_value());
    satisfaction->setEnabled(surveyed->isChecked());
    connect(surveyed, &QCheckBox::toggled, satisfaction, &QWidget::setEnabled);
    auto* satisfactionRow = new QHBoxLayout;
    satisfactionRow->addWidget(surveyed);
    satisfactionRow->addWidget(satisfaction, 1);
    auto* satisfactionLabel = new QLabel(EvaluationTr::tr("&Satisfaction:"));
    satisfactionLabel->setBuddy(surveyed);
    form->addRow(satisfactionLabel, satisfactionRow);
    auto* counted = new QCheckBox(EvaluationTr::tr("Counted"));
    auto* households = new QSpinBox;
    households->setRange(0, 10'000'000);
    households->setValue(int(current->households.value_or(0)));
    counted->setChecked(current->households.has_value());
    households->setEnabled(counted->isChecked());
    connect(counted, &QCheckBox::toggled, households, &QWidget::setEnabled);
    auto* householdsRow = new QHBoxLayout;
    householdsRow->addWidget(counted);
    householdsRow->addWidget(households, 1);
    auto* householdsLabel = new QLabel(EvaluationTr::tr("&Households:"));
    householdsLabel->setBuddy(counted);
    form->addRow(householdsLabel, householdsRow);
    auto* notes = new QPlainTextEdit(QString::fromStdString(current->notes));
    form->addRow(EvaluationTr::tr("N&otes:"), notes);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    form->addRow(buttons);
    if (dialog.exec() != QDialog::Accepted) return;

    project::Circle edited = *current;
    edited.name = name->text().trimmed().toStdString();
    if (edited.kind == project::CircleKind::Centre) {
        edited.minutes = minutes->value();
        edited.profileCode = profile->currentData().toString().toStdString();
    }
    edited.satisfactionPercent = surveyed->isChecked() ? std::optional<double>(satisfaction->value())
                                                       : std::nullopt;
    edited.households = counted->isChecked() ? std::optional<long long>(households->value()) : std::nullopt;
    edited.notes = notes->toPlainText().toStdString();
    if (edited == *current) return;
    try {
        m_controller->document()->undoStack()->push(
            new SetCircle(*m_controller->document(), current->name, std::move(edited)));
    } catch (const project::ProjectLogicError& e) {
        m_status->setText(EvaluationTr::tr("The circle cannot be kept: %1").arg(QString::fromUtf8(e.what())));
        return;
    }
    m_controller->run();
}

}  // namespace yike::ui
