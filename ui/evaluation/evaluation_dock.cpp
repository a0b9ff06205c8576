// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/evaluation/evaluation_dock.h"

#include <QCheckBox>
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
#include "ui/document/project_document.h"
#include "ui/evaluation/evaluation_controller.h"
#include "ui/evaluation/tr.h"
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
    m_exportCsv = new QPushButton;
    m_exportCsv->setObjectName(QStringLiteral("evaluationExportCsv"));
    districtLayout->addWidget(m_exportCsv, 0, Qt::AlignRight);
    m_tabs->addTab(districtPage, QString());
    layout->addWidget(m_tabs, 1);
    setWidget(body);

    connect(m_run, &QPushButton::clicked, m_controller, &EvaluationController::run);
    connect(m_cancel, &QPushButton::clicked, m_controller, &EvaluationController::cancel);
    connect(m_planned, &QCheckBox::toggled, this, [this](bool on) {
        m_controller->setIncludePlanned(on);
        m_controller->run();
    });
    connect(m_circle, &QComboBox::currentIndexChanged, this, &EvaluationDock::showCircle);
    connect(m_exportCsv, &QPushButton::clicked, this, &EvaluationDock::askExportCsv);
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
    updateStatus();
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
    m_sheet->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    for (int c = 1; c < m_sheet->columnCount(); ++c)
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

}  // namespace yike::ui
