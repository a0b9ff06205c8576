// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/proposals/proposal_dock.h"

#include <algorithm>
#include <cmath>

#include <QCheckBox>
#include <QComboBox>
#include <QDate>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QHideEvent>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMenu>
#include <QProgressBar>
#include <QPushButton>
#include <QSaveFile>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

#include "core/access/analysis_session.h"
#include "core/project/project.h"
#include "core/proposals/proposal_export.h"
#include "ui/document/project_document.h"
#include "ui/jobs/background_runner.h"
#include "ui/proposals/proposal_controller.h"
#include "ui/proposals/tr.h"
#include "ui/render/highlight_layer.h"
#include "ui/render/map_legend.h"
#include "ui/report/proposal_report.h"
#include "ui/report/report_text.h"

namespace yike::ui {
namespace {

using proposals::Cohort;
using proposals::kCohortCount;

constexpr double kYuanPerWan = 10'000.0;

double sum(const std::array<double, kCohortCount>& v) { return v[0] + v[1] + v[2]; }

/// A dialog with the catalogue's categories to tick; none ticked means every category.
class CategoryChooser : public QDialog {
public:
    CategoryChooser(const project::Project& project, const std::vector<std::string>& chosen,
                    QWidget* parent)
        : QDialog(parent) {
        setWindowTitle(ProposalsTr::tr("Services to Fill"));
        auto* layout = new QVBoxLayout(this);
        m_all = new QCheckBox(ProposalsTr::tr("&Every service with residents beyond its target"),
                              this);
        m_all->setChecked(chosen.empty());
        layout->addWidget(m_all);
        m_list = new QListWidget(this);
        for (const catalog::Category& c : project.catalog().categories()) {
            auto* item = new QListWidgetItem(categoryTitle(project, c.code), m_list);
            item->setData(Qt::UserRole, QString::fromStdString(c.code));
            item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
            const bool on = std::find(chosen.begin(), chosen.end(), c.code) != chosen.end();
            item->setCheckState(on ? Qt::Checked : Qt::Unchecked);
        }
        m_list->setEnabled(!chosen.empty());
        layout->addWidget(m_list, 1);
        auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
        layout->addWidget(buttons);
        connect(m_all, &QCheckBox::toggled, m_list, [this](bool all) { m_list->setEnabled(!all); });
        connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
        connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
        resize(420, 520);
    }

    std::vector<std::string> chosen() const {
        std::vector<std::string> codes;
        if (m_all->isChecked()) return codes;
        for (int i = 0; i < m_list->count(); ++i)
            if (m_list->item(i)->checkState() == Qt::Checked)
                codes.push_back(m_list->item(i)->data(Qt::UserRole).toString().toStdString());
        return codes;
    }

private:
    QCheckBox* m_all;
    QListWidget* m_list;
};

// The walkers combo's first entry: each cohort at its own pace.
const QString kOwnPace = QStringLiteral("*");

}  // namespace

ProposalDock::ProposalDock(ProposalController* controller, QWidget* parent)
    : QDockWidget(parent), m_controller(controller), m_reportRunner(new BackgroundRunner(this)) {
    setObjectName(QStringLiteral("proposalDock"));
    auto* body = new QWidget(this);
    auto* layout = new QVBoxLayout(body);

    auto* form = new QFormLayout;
    m_budgetLabel = new QLabel(body);
    m_budget = new QDoubleSpinBox(body);
    m_budget->setObjectName(QStringLiteral("proposalBudget"));
    m_budget->setRange(0.0, 1'000'000.0);
    m_budget->setDecimals(1);
    m_budget->setSingleStep(5.0);
    m_budget->setValue(50.0);
    m_budgetLabel->setBuddy(m_budget);
    form->addRow(m_budgetLabel, m_budget);
    m_maxSpacesLabel = new QLabel(body);
    m_maxSpaces = new QSpinBox(body);
    m_maxSpaces->setObjectName(QStringLiteral("proposalMaxSpaces"));
    m_maxSpaces->setRange(0, 100'000);
    m_maxSpacesLabel->setBuddy(m_maxSpaces);
    form->addRow(m_maxSpacesLabel, m_maxSpaces);
    m_categoriesLabel = new QLabel(body);
    m_categoriesButton = new QPushButton(body);
    m_categoriesButton->setObjectName(QStringLiteral("proposalCategories"));
    m_categoriesLabel->setBuddy(m_categoriesButton);
    form->addRow(m_categoriesLabel, m_categoriesButton);
    m_weightsLabel = new QLabel(body);
    auto* weights = new QHBoxLayout;
    m_weightOlder = new QDoubleSpinBox(body);
    m_weightChildren = new QDoubleSpinBox(body);
    for (QDoubleSpinBox* w : {m_weightOlder, m_weightChildren}) {
        w->setRange(0.0, 100.0);
        w->setDecimals(1);
        w->setSingleStep(0.5);
        w->setValue(2.0);
        weights->addWidget(w, 1);
    }
    m_weightOlder->setObjectName(QStringLiteral("proposalWeightOlder"));
    m_weightChildren->setObjectName(QStringLiteral("proposalWeightChildren"));
    m_weightsLabel->setBuddy(m_weightOlder);
    form->addRow(m_weightsLabel, weights);
    m_walkersLabel = new QLabel(body);
    m_walkers = new QComboBox(body);
    m_walkers->setObjectName(QStringLiteral("proposalWalkers"));
    m_walkersLabel->setBuddy(m_walkers);
    form->addRow(m_walkersLabel, m_walkers);
    layout->addLayout(form);
    m_planned = new QCheckBox(body);
    m_planned->setObjectName(QStringLiteral("proposalPlanned"));
    layout->addWidget(m_planned);
    auto* exactRow = new QHBoxLayout;
    m_exact = new QCheckBox(body);
    m_exact->setObjectName(QStringLiteral("proposalExact"));
    m_timeLimit = new QSpinBox(body);
    m_timeLimit->setRange(5, 3600);
    m_timeLimit->setValue(60);
    m_timeLimit->setEnabled(false);
    exactRow->addWidget(m_exact, 1);
    exactRow->addWidget(m_timeLimit);
    layout->addLayout(exactRow);
    if (!proposals::exactSolverAvailable()) m_exact->setEnabled(false);

    auto* runRow = new QHBoxLayout;
    m_progress = new QProgressBar(body);
    m_progress->setRange(0, 100);
    m_cancel = new QPushButton(body);
    m_run = new QPushButton(body);
    m_run->setObjectName(QStringLiteral("proposalRun"));
    m_run->setDefault(true);
    runRow->addWidget(m_progress, 1);
    runRow->addWidget(m_cancel);
    runRow->addStretch(0);
    runRow->addWidget(m_run);
    layout->addLayout(runRow);

    m_summary = new QLabel(body);
    m_summary->setObjectName(QStringLiteral("proposalSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_summary);

    m_tabs = new QTabWidget(body);
    auto* linesPage = new QWidget(m_tabs);
    auto* linesLayout = new QVBoxLayout(linesPage);
    linesLayout->setContentsMargins(0, 0, 0, 0);
    m_lines = new QTreeWidget(linesPage);
    m_lines->setObjectName(QStringLiteral("proposalLines"));
    m_lines->setRootIsDecorated(false);
    m_lines->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_lines->setWordWrap(true);
    m_lines->setColumnCount(6);
    m_lines->header()->setStretchLastSection(false);
    m_lines->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_lines->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    linesLayout->addWidget(m_lines, 3);
    m_details = new QLabel(linesPage);
    m_details->setObjectName(QStringLiteral("proposalDetails"));
    m_details->setWordWrap(true);
    m_details->setTextFormat(Qt::RichText);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details->setFrameShape(QFrame::StyledPanel);
    m_details->setMargin(4);
    m_details->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    linesLayout->addWidget(m_details, 1);
    auto* buttons = new QHBoxLayout;
    m_acceptSelected = new QPushButton(linesPage);
    m_acceptAll = new QPushButton(linesPage);
    m_reject = new QPushButton(linesPage);
    m_export = new QPushButton(linesPage);
    m_export->setMenu(new QMenu(m_export));
    buttons->addWidget(m_acceptSelected);
    buttons->addWidget(m_acceptAll);
    buttons->addWidget(m_reject);
    buttons->addStretch(1);
    buttons->addWidget(m_export);
    linesLayout->addLayout(buttons);
    m_tabs->addTab(linesPage, QString());

    m_totals = new QTableWidget(0, 4, m_tabs);
    m_totals->setObjectName(QStringLiteral("proposalTotals"));
    m_totals->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_totals->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_totals->horizontalHeader()->setStretchLastSection(true);
    m_tabs->addTab(m_totals, QString());
    m_unusable = new QTreeWidget(m_tabs);
    m_unusable->setObjectName(QStringLiteral("proposalUnusable"));
    m_unusable->setRootIsDecorated(false);
    m_unusable->setWordWrap(true);
    m_unusable->setColumnCount(2);
    m_tabs->addTab(m_unusable, QString());
    m_worst = new QTreeWidget(m_tabs);
    m_worst->setRootIsDecorated(false);
    m_worst->setColumnCount(3);
    m_tabs->addTab(m_worst, QString());
    layout->addWidget(m_tabs, 1);

    m_status = new QLabel(body);
    m_status->setObjectName(QStringLiteral("proposalStatus"));
    m_status->setWordWrap(true);
    layout->addWidget(m_status);
    setWidget(body);

    connect(m_categoriesButton, &QPushButton::clicked, this, &ProposalDock::chooseCategories);
    connect(m_exact, &QCheckBox::toggled, m_timeLimit, &QWidget::setEnabled);
    connect(m_run, &QPushButton::clicked, this, [this] {
        m_controller->clearRejected();
        run();
    });
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        m_controller->cancel();
        m_reportRunner->cancel();
    });
    connect(m_acceptSelected, &QPushButton::clicked, this, &ProposalDock::acceptSelected);
    connect(m_acceptAll, &QPushButton::clicked, this, [this] {
        const auto result = m_controller->result();
        if (!result) return;
        std::vector<std::size_t> all(result->proposal.lines.size());
        for (std::size_t i = 0; i < all.size(); ++i) all[i] = i;
        m_controller->accept(all);
    });
    connect(m_reject, &QPushButton::clicked, this, [this] {
        const std::vector<std::size_t> lines = selectedLines();
        if (lines.size() != 1) return;
        m_controller->reject(lines.front());
    });
    QAction* csv = m_export->menu()->addAction(QString());
    QAction* json = m_export->menu()->addAction(QString());
    QAction* report = m_export->menu()->addAction(QString());
    report->setObjectName(QStringLiteral("proposalExportReport"));
    csv->setObjectName(QStringLiteral("proposalExportCsv"));
    json->setObjectName(QStringLiteral("proposalExportJson"));
    connect(csv, &QAction::triggered, this, [this] { exportAs(false); });
    connect(json, &QAction::triggered, this, [this] { exportAs(true); });
    connect(report, &QAction::triggered, this, &ProposalDock::exportReportAs);
    connect(m_reportRunner, &BackgroundRunner::progressChanged, this, [this](double fraction) {
        m_progress->setValue(static_cast<int>(std::lround(fraction * 100.0)));
    });
    connect(m_lines, &QTreeWidget::itemSelectionChanged, this, [this] {
        showDetails();
        const std::vector<std::size_t> lines = selectedLines();
        m_reject->setEnabled(lines.size() == 1 && !m_controller->isAccepted(lines.front()));
        m_acceptSelected->setEnabled(!lines.empty());
        Q_EMIT highlightChanged(lines.size() == 1 ? m_controller->highlightOf(lines.front())
                                                  : nullptr);
    });
    connect(m_lines, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem* item) {
        Q_EMIT featureActivated({project::Layer::IdleSpaces,
                                 item->data(0, Qt::UserRole + 1).value<project::FeatureId>()});
    });
    connect(m_unusable, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem* item) {
        Q_EMIT featureActivated({project::Layer::IdleSpaces,
                                 item->data(0, Qt::UserRole).value<project::FeatureId>()});
    });
    connect(m_worst, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem* item) {
        Q_EMIT featureActivated({project::Layer::Compounds,
                                 item->data(0, Qt::UserRole).value<project::FeatureId>()});
    });

    connect(m_controller, &ProposalController::runStarted, this, [this] {
        showRunning(true);
        m_status->setText(ProposalsTr::tr("Measuring walks and weighing the spaces…"));
    });
    connect(m_controller, &ProposalController::progressChanged, this, [this](double fraction) {
        m_progress->setValue(static_cast<int>(std::lround(fraction * 100.0)));
    });
    connect(m_controller, &ProposalController::runStopped, this, [this](const QString& error) {
        showRunning(m_controller->isRunning());
        m_status->setText(error.isEmpty() ? ProposalsTr::tr("Cancelled.") : error);
    });
    connect(m_controller, &ProposalController::resultChanged, this, [this] {
        showRunning(m_controller->isRunning());
        showResult();
    });
    connect(m_controller, &ProposalController::projectStateChanged, this,
            &ProposalDock::showLineStates);
    ProjectDocument* document = m_controller->document();
    connect(document, &ProjectDocument::projectReplaced, this, [this] {
        m_categories.clear();
        fillWalkers();
        retranslateUi();
    });
    connect(document, &ProjectDocument::projectChanged, this,
            [this](const project::ChangeEvent& event) {
                if (event.layer == project::Layer::WalkProfiles) fillWalkers();
            });

    retranslateUi();
    fillWalkers();
    showRunning(false);
    showResult();
}

ProposalDock::~ProposalDock() = default;

void ProposalDock::hideEvent(QHideEvent* event) {
    QDockWidget::hideEvent(event);
    if (!event->spontaneous()) Q_EMIT highlightChanged(nullptr);
}

void ProposalDock::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        fillWalkers();
        showResult();
    }
    QDockWidget::changeEvent(event);
}

void ProposalDock::retranslateUi() {
    setWindowTitle(ProposalsTr::tr("Conversion Proposals"));
    m_budgetLabel->setText(ProposalsTr::tr("&Budget:"));
    m_budget->setSuffix(ProposalsTr::tr(" 万元"));
    m_budget->setSpecialValueText(ProposalsTr::tr("No limit"));
    m_budget->setToolTip(ProposalsTr::tr("The most the conversions may cost together, in units "
                                         "of ¥10,000 (the spaces' estimated costs); 0: no limit"));
    m_maxSpacesLabel->setText(ProposalsTr::tr("&Spaces at most:"));
    m_maxSpaces->setSpecialValueText(ProposalsTr::tr("No limit"));
    m_categoriesLabel->setText(ProposalsTr::tr("Ser&vices to fill:"));
    m_categoriesButton->setText(categoriesText());
    m_weightsLabel->setText(ProposalsTr::tr("&Weights:"));
    m_weightOlder->setPrefix(ProposalsTr::tr("aged 60+ ×"));
    m_weightChildren->setPrefix(ProposalsTr::tr("aged 0–14 ×"));
    m_weightOlder->setToolTip(ProposalsTr::tr(
        "How much a resident aged 60+ counts, others counting 1 (一老一小 first: 2)"));
    m_weightChildren->setToolTip(ProposalsTr::tr(
        "How much a resident aged 0–14 counts, others counting 1 (一老一小 first: 2)"));
    m_walkersLabel->setText(ProposalsTr::tr("Wal&kers:"));
    m_planned->setText(ProposalsTr::tr("Count &planned facilities as present"));
    m_exact->setText(ProposalsTr::tr("Pro&ve the best (exact solver), time limit:"));
    m_exact->setToolTip(proposals::exactSolverAvailable()
                            ? ProposalsTr::tr("After the fast proposal, search for the best "
                                              "possible one with CBC and report the remaining gap")
                            : proposalErrorText(proposals::ProposalError::Reason::NoExactSolver));
    m_timeLimit->setSuffix(ProposalsTr::tr(" s"));
    m_cancel->setText(ProposalsTr::tr("Cancel"));
    m_run->setText(ProposalsTr::tr("&Run"));
    m_lines->setHeaderLabels({ProposalsTr::tr("#"), ProposalsTr::tr("Conversion"),
                              ProposalsTr::tr("Newly served"), ProposalsTr::tr("Aged 60+"),
                              ProposalsTr::tr("Aged 0–14"), ProposalsTr::tr("Cost")});
    m_acceptSelected->setText(ProposalsTr::tr("&Accept Selected"));
    m_acceptSelected->setToolTip(ProposalsTr::tr(
        "Add the selected conversions as planned facilities at their spaces (one undo step)"));
    m_acceptAll->setText(ProposalsTr::tr("Accept A&ll"));
    m_reject->setText(ProposalsTr::tr("Re&ject"));
    m_reject->setToolTip(ProposalsTr::tr("Leave this conversion out and run again"));
    m_export->setText(ProposalsTr::tr("&Export"));
    const QList<QAction*> exports = m_export->menu()->actions();
    exports[0]->setText(ProposalsTr::tr("CSV for Excel…"));
    exports[1]->setText(ProposalsTr::tr("JSON…"));
    exports[2]->setText(ProposalsTr::tr("Report (PDF)…"));
    exports[2]->setToolTip(
        ProposalsTr::tr("An A4 report for the client: the study area, the "
                        "method, coverage before and after, the proposal and a "
                        "sheet with a map for each space"));
    m_tabs->setTabText(0, ProposalsTr::tr("Conversions"));
    m_tabs->setTabText(1, ProposalsTr::tr("Before / After"));
    m_tabs->setTabText(2, ProposalsTr::tr("Spaces Not Used"));
    m_tabs->setTabText(3, ProposalsTr::tr("Worst Served"));
    m_totals->setHorizontalHeaderLabels({ProposalsTr::tr("Target"), ProposalsTr::tr("All residents"),
                                         ProposalsTr::tr("Aged 60+"), ProposalsTr::tr("Aged 0–14")});
    m_unusable->setHeaderLabels({ProposalsTr::tr("Idle space"), ProposalsTr::tr("Why it hosts nothing")});
    m_worst->setHeaderLabels({ProposalsTr::tr("Compound"), ProposalsTr::tr("Residents"),
                              ProposalsTr::tr("Within target after")});
}

QString ProposalDock::categoriesText() const {
    if (m_categories.empty()) return ProposalsTr::tr("Every service with residents beyond target");
    if (m_categories.size() == 1)
        return categoryTitle(m_controller->document()->project(), m_categories.front());
    return ProposalsTr::tr("%1 services").arg(m_categories.size());
}

void ProposalDock::setCategories(std::vector<std::string> codes) {
    m_categories = std::move(codes);
    m_categoriesButton->setText(categoriesText());
}

void ProposalDock::chooseCategories() {
    CategoryChooser chooser(m_controller->document()->project(), m_categories, this);
    if (chooser.exec() == QDialog::Accepted) setCategories(chooser.chosen());
}

void ProposalDock::fillWalkers() {
    const project::Project& project = m_controller->document()->project();
    const QString current = m_walkers->currentData().toString();
    const QSignalBlocker blocker(m_walkers);
    m_walkers->clear();
    m_walkers->addItem(ProposalsTr::tr("Each at their own pace (adults, older people, children)"),
                       kOwnPace);
    for (const project::WalkProfile& p : project.walkProfiles())
        m_walkers->addItem(ProposalsTr::tr("Everyone as: %1").arg(walkProfileName(p)),
                           QString::fromStdString(p.code));
    m_walkers->setCurrentIndex(std::max(0, m_walkers->findData(current)));
}

void ProposalDock::run() {
    proposals::ProposalOptions& o = m_controller->options();
    o.budgetYuan.reset();
    if (m_budget->value() > 0.0) o.budgetYuan = m_budget->value() * kYuanPerWan;
    o.maxSpaces.reset();
    if (m_maxSpaces->value() > 0) o.maxSpaces = static_cast<std::size_t>(m_maxSpaces->value());
    o.categories = m_categories;
    o.cohortWeights = {1.0, m_weightOlder->value(), m_weightChildren->value()};
    const QString walkers = m_walkers->currentData().toString();
    if (walkers == kOwnPace || walkers.isEmpty())
        o.profiles = proposals::ProposalOptions().profiles;
    else
        o.profiles = {walkers.toStdString(), walkers.toStdString(), walkers.toStdString()};
    o.includePlanned = m_planned->isChecked();
    m_controller->solveSettings() = {m_exact->isChecked(), double(m_timeLimit->value())};
    m_controller->run();
}

void ProposalDock::showRunning(bool running) {
    running = running || m_reportRunner->isRunning();
    m_progress->setVisible(running);
    m_cancel->setVisible(running);
    m_run->setEnabled(!running);
    if (!running) m_progress->setValue(0);
}

std::vector<std::size_t> ProposalDock::selectedLines() const {
    std::vector<std::size_t> lines;
    for (const QTreeWidgetItem* item : m_lines->selectedItems())
        lines.push_back(item->data(0, Qt::UserRole).value<std::size_t>());
    std::sort(lines.begin(), lines.end());
    return lines;
}

void ProposalDock::showResult() {
    m_lines->clear();
    m_totals->setRowCount(0);
    m_unusable->clear();
    m_worst->clear();
    m_details->clear();
    const auto result = m_controller->result();
    m_tabs->setEnabled(result != nullptr);
    m_export->setEnabled(result != nullptr && !result->proposal.lines.empty()
                         && !m_reportRunner->isRunning());
    if (!result) {
        m_summary->setText(ProposalsTr::tr(
            "Which idle spaces should become which missing services? Set the budget and the "
            "limits, then Run. Residents are counted within each service's walking target."));
        m_acceptSelected->setEnabled(false);
        m_acceptAll->setEnabled(false);
        m_reject->setEnabled(false);
        Q_EMIT highlightChanged(nullptr);
        return;
    }
    const project::Project& project = m_controller->document()->project();
    const proposals::Instance& in = result->instance;
    const proposals::Proposal& p = result->proposal;

    int rank = 0;
    for (std::size_t i = 0; i < p.lines.size(); ++i) {
        const proposals::ProposalLine& line = p.lines[i];
        const proposals::CategoryInfo& c = in.categories[in.options[line.option].category];
        const project::IdleSpace& space = in.spaces[in.options[line.option].space].space;
        auto* item = new QTreeWidgetItem(m_lines);
        item->setText(0, QLocale().toString(++rank));
        item->setText(
            1, ProposalsTr::tr("%1 → %2").arg(spaceTitle(space), categoryTitle(project, c.code)));
        item->setText(2, peopleText(line.residentsAll()));
        item->setText(3, peopleText(line.newlyCovered[1]));
        item->setText(4, peopleText(line.newlyCovered[2]));
        item->setText(5, line.spaceAlreadyUsed ? QStringLiteral("—")
                         : line.costKnown      ? yuanText(line.costYuan)
                                               : QStringLiteral("?"));
        for (int col = 2; col < 6; ++col) item->setTextAlignment(col, Qt::AlignRight | Qt::AlignVCenter);
        item->setData(0, Qt::UserRole, QVariant::fromValue(i));
        item->setData(0, Qt::UserRole + 1, QVariant::fromValue(line.conversion.space));
        item->setToolTip(1, conversionSentence(project, in, line));
    }

    // Before / after per category.
    m_totals->setRowCount(static_cast<int>(p.totals.size()));
    QStringList rows;
    for (std::size_t r = 0; r < p.totals.size(); ++r) {
        const proposals::CategoryTotals& t = p.totals[r];
        const proposals::CategoryInfo& c = in.categories[t.category];
        rows << categoryTitle(project, c.code);
        const int row = static_cast<int>(r);
        auto* target = new QTableWidgetItem(
            c.targetAssumed ? ProposalsTr::tr("%1 (assumed)").arg(minutesText(c.targetMinutes))
                            : minutesText(c.targetMinutes));
        m_totals->setItem(row, 0, target);
        const std::array<std::array<double, 3>, 3> cells{
            {{sum(t.before), sum(t.after), sum(t.residents)},
             {t.before[1], t.after[1], t.residents[1]},
             {t.before[2], t.after[2], t.residents[2]}}};
        for (std::size_t k = 0; k < cells.size(); ++k) {
            const auto& [before, after, all] = cells[k];
            auto* item = new QTableWidgetItem(
                ProposalsTr::tr("%1 → %2").arg(peopleText(before), peopleText(after)));
            item->setToolTip(ProposalsTr::tr("%1 → %2 of %3 residents")
                                 .arg(peopleText(before), peopleText(after), peopleText(all)));
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            if (after > before + 0.5) {
                QFont bold = item->font();
                bold.setBold(true);
                item->setFont(bold);
            }
            m_totals->setItem(row, static_cast<int>(k) + 1, item);
        }
    }
    m_totals->setVerticalHeaderLabels(rows);

    for (const proposals::UnusableSpace& u : in.unusable) {
        const project::IdleSpace& space = in.spaces[u.space].space;
        auto* item = new QTreeWidgetItem(m_unusable, {spaceTitle(space), unusableReasonText(u)});
        item->setData(0, Qt::UserRole, QVariant::fromValue(space.id));
        item->setToolTip(1, item->text(1));
    }
    for (const proposals::Conversion& lock : in.impossibleLocks) {
        const project::IdleSpace* space = project.idleSpaces().find(lock.space);
        new QTreeWidgetItem(m_unusable, {space ? spaceTitle(*space) : QString::number(lock.space),
                                         ProposalsTr::tr("Locked in as %1, but it cannot host it")
                                             .arg(categoryTitle(project, lock.category))});
    }
    for (const proposals::CompoundEquity& e : p.worstServed) {
        auto* item = new QTreeWidgetItem(
            m_worst,
            {e.name.empty() ? ProposalsTr::tr("compound %1").arg(e.id)
                            : QString::fromStdString(e.name),
             peopleText(e.residents),
             ProposalsTr::tr("%1 %").arg(QLocale().toString(100.0 * e.shareWithinTarget, 'f', 1))});
        item->setData(0, Qt::UserRole, QVariant::fromValue(e.id));
    }

    // The summary: what it brings, what it costs, what it rests on, how good it is.
    std::array<double, kCohortCount> gained{};
    std::size_t spacesUsed = 0;
    for (const proposals::ProposalLine& line : p.lines) {
        for (std::size_t k = 0; k < kCohortCount; ++k) gained[k] += line.newlyCovered[k];
        if (!line.spaceAlreadyUsed) ++spacesUsed;
    }
    QStringList summary;
    if (p.lines.empty())
        summary << ProposalsTr::tr("No conversion brings anyone new within target under these "
                                   "limits (see Spaces Not Used).");
    else if (p.lines.size() == 1)  // English has no catalogue for plural forms
        summary << ProposalsTr::tr(
                       "1 conversion, %1. Newly within target: %2 residents, %3 aged "
                       "60+, %4 aged 0–14.")
                       .arg(yuanText(p.totalCostYuan), peopleText(sum(gained)),
                            peopleText(gained[1]), peopleText(gained[2]));
    else
        summary << ProposalsTr::tr(
                       "%1 conversions in %2 spaces, %3 in all. Newly within target, "
                       "counted per service: %4 residents, %5 aged 60+, %6 aged 0–14.")
                       .arg(p.lines.size())
                       .arg(spacesUsed)
                       .arg(yuanText(p.totalCostYuan), peopleText(sum(gained)),
                            peopleText(gained[1]), peopleText(gained[2]));
    const auto& w = in.cohortWeights;
    QString walkers;
    if (in.profiles[0] == in.profiles[1] && in.profiles[1] == in.profiles[2]) {
        const project::WalkProfile* profile = project.walkProfile(in.profiles[0]);
        walkers = profile ? walkProfileName(*profile) : QString::fromStdString(in.profiles[0]);
    } else {
        walkers = ProposalsTr::tr("each at their own pace");
    }
    summary << ProposalsTr::tr(
                   "Weights: aged 60+ ×%1, aged 0–14 ×%2, others ×%3; walkers: %4; "
                   "budget %5; planned facilities %6.")
                   .arg(QLocale().toString(w[1], 'g', 3), QLocale().toString(w[2], 'g', 3),
                        QLocale().toString(w[0], 'g', 3), walkers,
                        in.budgetYuan ? yuanText(*in.budgetYuan) : ProposalsTr::tr("no limit"),
                        result->options.includePlanned ? ProposalsTr::tr("count")
                                                       : ProposalsTr::tr("do not count"));
    QString solver = ProposalsTr::tr("Fast heuristic: %1.").arg(durationText(p.heuristicSeconds));
    if (p.exact) {
        const std::optional<double> gap = p.heuristicGap();
        if (p.exact->optimal)
            solver +=
                QLatin1Char(' ')
                + ProposalsTr::tr("%1 proved this proposal the best possible (%2).")
                      .arg(QString::fromStdString(p.exact->solver), durationText(p.exact->seconds));
        else if (p.exact->solved)
            solver +=
                QLatin1Char(' ')
                + ProposalsTr::tr(
                      "%1 stopped at its time limit (%2): this proposal is "
                      "within %3 % of the best possible.")
                      .arg(QString::fromStdString(p.exact->solver), durationText(p.exact->seconds),
                           QLocale().toString(100.0 * gap.value_or(0.0), 'f', 2));
        if (p.exact->optimal && gap && *gap > 1e-9)
            solver += QLatin1Char(' ') + ProposalsTr::tr("The heuristic alone was %1 % short.")
                                             .arg(QLocale().toString(100.0 * *gap, 'f', 2));
    }
    summary << solver;
    m_summary->setText(summary.join(QLatin1Char('\n')));
    m_acceptAll->setEnabled(!p.lines.empty());
    m_acceptSelected->setEnabled(false);
    m_reject->setEnabled(false);
    showLineStates();
    if (m_lines->topLevelItemCount() > 0) m_lines->setCurrentItem(m_lines->topLevelItem(0));
}

void ProposalDock::showLineStates() {
    const auto result = m_controller->result();
    if (!result) return;
    int accepted = 0;
    for (int i = 0; i < m_lines->topLevelItemCount(); ++i) {
        QTreeWidgetItem* item = m_lines->topLevelItem(i);
        const auto line = item->data(0, Qt::UserRole).value<std::size_t>();
        const bool on = m_controller->isAccepted(line);
        accepted += on ? 1 : 0;
        QFont font = item->font(1);
        font.setItalic(on);
        for (int col = 0; col < m_lines->columnCount(); ++col) {
            item->setFont(col, font);
            item->setForeground(col, on ? palette().brush(QPalette::Disabled, QPalette::Text)
                                        : palette().brush(QPalette::Active, QPalette::Text));
        }
        item->setText(0, on ? ProposalsTr::tr("✓ %1").arg(i + 1) : QLocale().toString(i + 1));
    }
    QString status;
    if (accepted > 0)
        status = ProposalsTr::tr("%1 of %2 conversions accepted as planned facilities (Edit → "
                                 "Undo takes them back). Walk Access with \"Count planned "
                                 "facilities\" shows the result.")
                     .arg(accepted)
                     .arg(m_lines->topLevelItemCount());
    if (m_controller->isStale())
        status += (status.isEmpty() ? QString() : QStringLiteral("\n")) +
                  ProposalsTr::tr("The project has changed since this run: Run again for a "
                                  "current proposal.");
    if (!result->options.rejected.empty())
        status += (status.isEmpty() ? QString() : QStringLiteral("\n")) +
                  ProposalsTr::tr("%1 rejected conversions left out (Run starts afresh).")
                      .arg(result->options.rejected.size());
    m_status->setText(status);
    m_acceptAll->setEnabled(accepted < m_lines->topLevelItemCount());
}

void ProposalDock::showDetails() {
    const auto result = m_controller->result();
    const std::vector<std::size_t> lines = selectedLines();
    if (!result || lines.size() != 1) {
        m_details->clear();
        return;
    }
    const project::Project& project = m_controller->document()->project();
    const proposals::Instance& in = result->instance;
    const proposals::ProposalLine& line = result->proposal.lines[lines.front()];
    const proposals::CategoryInfo& c = in.categories[in.options[line.option].category];
    QStringList parts;
    parts << QStringLiteral("<b>%1</b>")
                 .arg(ProposalsTr::tr("%1.")
                          .arg(conversionSentence(project, in, line))
                          .toHtmlEscaped());
    parts << ProposalsTr::tr("Uses %1 of %2.")
                 .arg(areaText(line.areaUsedM2), areaText(line.spaceAreaM2));
    parts << minimumAreaBasis(c);
    if (line.areaAssumed) parts << ProposalsTr::tr("Edit it in Tools → Standards Catalogue.");
    parts << walkTargetBasis(project, c);
    QStringList suits;
    for (const proposals::SitingRule& rule : line.rulesMet) {
        QString text = sitingRuleText(rule);
        if (!rule.source.empty()) text += ProposalsTr::tr(" (%1)").arg(catalogueTerm(rule.source));
        suits << text;
    }
    const QString where = ProposalsTr::tr("%1 on storey %2%3")
                              .arg(idleSpaceKindText(line.spaceKind))
                              .arg(line.storey)
                              .arg(line.hasLift ? ProposalsTr::tr(", with a lift") : QString());
    parts << (suits.isEmpty() ? ProposalsTr::tr("The space: %1; no siting rule applies.").arg(where)
                              : ProposalsTr::tr("The space: %1; it suits the service: %2.")
                                    .arg(where, suits.join(ProposalsTr::tr("; "))));
    parts << ProposalsTr::tr("Weighted gain %1 (after the lines above it).")
                 .arg(peopleText(line.gain));
    if (line.locked) parts << ProposalsTr::tr("Locked in.");
    for (int i = 1; i < parts.size(); ++i) parts[i] = parts[i].toHtmlEscaped();
    m_details->setText(parts.join(QLatin1Char(' ')));
}

void ProposalDock::acceptSelected() { m_controller->accept(selectedLines()); }

bool ProposalDock::exportCsv(const QString& path) {
    const auto result = m_controller->result();
    return result && writeFile(path, proposals::proposalCsv(result->instance, result->proposal));
}

bool ProposalDock::exportJson(const QString& path) {
    const auto result = m_controller->result();
    return result && writeFile(path, proposals::proposalJson(result->instance, result->proposal));
}

bool ProposalDock::writeFile(const QString& path, const std::string& text) {
    // Written aside and renamed over the target: a failure never leaves half a file.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) ||
        file.write(text.data(), qint64(text.size())) != qint64(text.size()) || !file.commit()) {
        m_status->setText(ProposalsTr::tr("Could not write %1: %2").arg(path, file.errorString()));
        return false;
    }
    m_status->setText(ProposalsTr::tr("Written: %1").arg(path));
    return true;
}

void ProposalDock::exportAs(bool json) {
    const QString path = QFileDialog::getSaveFileName(
        this, json ? ProposalsTr::tr("Export Proposal as JSON") : ProposalsTr::tr("Export Proposal as CSV"),
        json ? QStringLiteral("proposal.json") : QStringLiteral("proposal.csv"),
        json ? ProposalsTr::tr("JSON (*.json)") : ProposalsTr::tr("CSV for Excel (*.csv)"));
    if (path.isEmpty()) return;
    if (json)
        exportJson(path);
    else
        exportCsv(path);
}

bool ProposalDock::exportReport(const QString& path) {
    const auto result = m_controller->result();
    if (!result || m_reportRunner->isRunning() || m_controller->isRunning()) return false;
    // The reason for a file that cannot be written comes translated from the writer.
    auto reason = std::make_shared<QString>();
    m_export->setEnabled(false);
    showRunning(true);
    m_status->setText(ProposalsTr::tr("Writing the report…"));
    m_reportRunner->start(
        [result, path, reason](JobControl& job) {
            access::RunControl control;
            control.cancel = job.cancelFlag();
            control.progress = [&job](double fraction) { job.setProgress(fraction); };
            const ProposalReportInput input{*result->session, result->instance, result->proposal,
                                            result->options};
            try {
                writeProposalReport(path, result->session->project(), input, {}, control);
            } catch (const ReportError& e) {
                *reason = QString::fromUtf8(e.what());
                throw;
            }
        },
        [this, path, reason](BackgroundRunner::Outcome outcome, const QString& error) {
            showRunning(m_controller->isRunning());
            m_export->setEnabled(m_controller->result() != nullptr
                                 && !m_controller->result()->proposal.lines.empty());
            switch (outcome) {
                case BackgroundRunner::Outcome::Completed:
                    m_status->setText(ProposalsTr::tr("Written: %1").arg(path));
                    break;
                case BackgroundRunner::Outcome::Cancelled:
                    m_status->setText(ProposalsTr::tr("Cancelled: no report written."));
                    break;
                case BackgroundRunner::Outcome::Failed:
                    m_status->setText(!reason->isEmpty()
                                          ? *reason
                                          : ProposalsTr::tr("The report failed: %1").arg(error));
                    break;
            }
            Q_EMIT reportFinished(outcome == BackgroundRunner::Outcome::Completed);
        });
    return true;
}

bool ProposalDock::isWritingReport() const {
    return m_reportRunner->isRunning();
}

void ProposalDock::exportReportAs() {
    const QString path = QFileDialog::getSaveFileName(
        this, ProposalsTr::tr("Export Proposal Report"), QStringLiteral("proposal-report.pdf"),
        ProposalsTr::tr("PDF (*.pdf)"));
    if (!path.isEmpty()) exportReport(path);
}

}  // namespace yike::ui
