// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/evaluation/before_after_dialog.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QBuffer>
#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSaveFile>
#include <QSplitter>
#include <QTableWidget>
#include <QValueAxis>
#include <QVBoxLayout>

#include "core/access/analysis_session.h"
#include "ui/document/project_document.h"
#include "ui/evaluation/tr.h"
#include "ui/jobs/background_runner.h"
#include "ui/report/report_text.h"

namespace yike::ui {
namespace {

QString cohortName(std::size_t k) {
    switch (k) {
        case 0: return EvaluationTr::tr("Everyone (adult pace)");
        case 1: return EvaluationTr::tr("Aged 60+ (older pace)");
        default: return EvaluationTr::tr("Aged 0–14 (child pace)");
    }
}

QString shareCell(const std::optional<double>& share) {
    return share ? percentText(*share, 1) : EvaluationTr::tr("—");
}

bool writeAll(const QString& path, const QByteArray& bytes, QString* error) {
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        *error = file.errorString();
        return false;
    }
    return true;
}

}  // namespace

BeforeAfterDialog::BeforeAfterDialog(ProjectDocument* document, evaluation::GradeRules rules,
                                     const std::string& circle, std::string wholeName,
                                     QWidget* parent)
    : QDialog(parent),
      m_document(document),
      m_rules(std::move(rules)),
      m_wholeName(std::move(wholeName)),
      m_runner(new BackgroundRunner(this)) {
    setObjectName(QStringLiteral("beforeAfterDialog"));
    setWindowTitle(EvaluationTr::tr("Before / After"));
    auto* layout = new QVBoxLayout(this);
    auto* top = new QHBoxLayout;
    m_circle = new QComboBox(this);
    m_circle->setObjectName(QStringLiteral("beforeAfterCircle"));
    auto* circleLabel = new QLabel(EvaluationTr::tr("&Circle:"), this);
    circleLabel->setBuddy(m_circle);
    m_cohort = new QComboBox(this);
    m_cohort->setObjectName(QStringLiteral("beforeAfterCohort"));
    for (std::size_t k = 0; k < evaluation::kCohortCount; ++k) m_cohort->addItem(cohortName(k));
    auto* cohortLabel = new QLabel(EvaluationTr::tr("C&hart for:"), this);
    cohortLabel->setBuddy(m_cohort);
    m_onlyChanged = new QCheckBox(EvaluationTr::tr("&Only services that change"), this);
    m_onlyChanged->setObjectName(QStringLiteral("beforeAfterOnlyChanged"));
    m_onlyChanged->setChecked(true);
    top->addWidget(circleLabel);
    top->addWidget(m_circle, 1);
    top->addWidget(cohortLabel);
    top->addWidget(m_cohort, 1);
    top->addWidget(m_onlyChanged);
    layout->addLayout(top);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("beforeAfterStatus"));
    m_status->setWordWrap(true);
    m_cancel = new QPushButton(EvaluationTr::tr("Cancel"), this);
    auto* statusRow = new QHBoxLayout;
    statusRow->addWidget(m_status, 1);
    statusRow->addWidget(m_cancel);
    layout->addLayout(statusRow);

    auto* splitter = new QSplitter(Qt::Vertical, this);
    m_chart = new QChart;
    m_chart->setAnimationOptions(QChart::NoAnimation);
    m_chartView = new QChartView(m_chart, splitter);
    m_chartView->setObjectName(QStringLiteral("beforeAfterChart"));
    m_chartView->setRenderHint(QPainter::Antialiasing);
    m_chartView->setMinimumHeight(320);
    m_table = new QTableWidget(splitter);
    m_table->setObjectName(QStringLiteral("beforeAfterTable"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    splitter->addWidget(m_chartView);
    splitter->addWidget(m_table);
    layout->addWidget(splitter, 1);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_csv = buttons->addButton(EvaluationTr::tr("Export &CSV…"), QDialogButtonBox::ActionRole);
    m_csv->setObjectName(QStringLiteral("beforeAfterCsv"));
    m_png = buttons->addButton(EvaluationTr::tr("Export &PNG…"), QDialogButtonBox::ActionRole);
    m_png->setObjectName(QStringLiteral("beforeAfterPng"));
    layout->addWidget(buttons);
    resize(900, 760);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_csv, &QPushButton::clicked, this, &BeforeAfterDialog::chooseCsv);
    connect(m_png, &QPushButton::clicked, this, &BeforeAfterDialog::choosePng);
    connect(m_cancel, &QPushButton::clicked, m_runner, &BackgroundRunner::cancel);
    connect(m_cohort, &QComboBox::currentIndexChanged, this, [this] { showRows(); });
    connect(m_onlyChanged, &QCheckBox::toggled, this, [this] { showRows(); });
    connect(m_runner, &BackgroundRunner::progressChanged, this, [this](double fraction) {
        m_status->setText(EvaluationTr::tr("Evaluating the existing and the planned state… %1 %")
                              .arg(static_cast<int>(fraction * 100.0)));
    });

    fillCircles();
    const int index = m_circle->findData(QString::fromStdString(circle));
    if (index >= 0) m_circle->setCurrentIndex(index);
    connect(m_circle, &QComboBox::currentIndexChanged, this, [this] { run(); });
    showRows();
    run();
}

// The runner (a child) cancels and waits for its worker before the members it reports to go.
BeforeAfterDialog::~BeforeAfterDialog() { delete m_runner; }

bool BeforeAfterDialog::isRunning() const { return m_runner->isRunning(); }

void BeforeAfterDialog::fillCircles() {
    m_circle->clear();
    for (const project::Circle& c : m_document->project().circles())
        m_circle->addItem(QString::fromStdString(c.name), QString::fromStdString(c.name));
    if (m_circle->count() == 0)
        m_circle->addItem(QString::fromStdString(m_wholeName), QString());
    m_circle->setEnabled(m_circle->count() > 1);
}

void BeforeAfterDialog::setCohort(std::size_t cohort) {
    m_cohort->setCurrentIndex(static_cast<int>(std::min(cohort, evaluation::kCohortCount - 1)));
}

void BeforeAfterDialog::run() {
    const QString chosen = m_circle->currentData().toString();
    const std::optional<std::string> only =
        chosen.isEmpty() ? std::nullopt : std::optional<std::string>(chosen.toStdString());
    struct Run {
        evaluation::CircleEvaluation before;
        evaluation::CircleEvaluation after;
        std::string error;
        bool complete = false;
    };
    auto result = std::make_shared<Run>();
    const project::Project project = m_document->project();
    const evaluation::GradeRules rules = m_rules;
    const std::string wholeName = m_wholeName;
    m_rows.clear();
    showRows();
    m_cancel->setEnabled(true);
    m_status->setText(EvaluationTr::tr("Evaluating the existing and the planned state…"));
    m_runner->start(
        [result, project, rules, wholeName, only](JobControl& job) {
            try {
                for (int state = 0; state < 2; ++state) {
                    access::RunControl control;
                    control.cancel = job.cancelFlag();
                    control.progress = [&job, state](double f) {
                        job.setProgress((state + f) / 2.0);
                    };
                    access::AnalysisSession session(project);
                    session.buildGraph();
                    evaluation::EvaluationOptions options;
                    options.includePlanned = state == 1;
                    evaluation::ProjectEvaluation e = evaluation::evaluateProject(
                        session, rules, options, wholeName, only, control);
                    if (!e.complete || e.circles.empty()) return;
                    (state == 0 ? result->before : result->after) = std::move(e.circles.front());
                }
                result->complete = true;
            } catch (const evaluation::EvaluationError& e) {
                result->error = e.what();
            }
        },
        [this, result](BackgroundRunner::Outcome outcome, const QString& error) {
            m_cancel->setEnabled(false);
            if (outcome == BackgroundRunner::Outcome::Failed || !result->error.empty()) {
                m_status->setText(
                    EvaluationTr::tr("The circle cannot be evaluated: %1")
                        .arg(result->error.empty() ? error
                                                   : QString::fromStdString(result->error)));
            } else if (outcome == BackgroundRunner::Outcome::Cancelled || !result->complete) {
                m_status->setText(EvaluationTr::tr("Cancelled."));
            } else {
                m_rows = evaluation::compareStates(result->before, result->after);
                std::size_t changed = 0;
                for (const evaluation::ShareChange& row : m_rows) changed += row.changed();
                m_status->setText(
                    changed == 0
                        ? EvaluationTr::tr("Nothing planned changes this circle: add planned "
                                           "facilities or accept conversion proposals.")
                        : EvaluationTr::tr("%n service(s) change with what is planned.", nullptr,
                                           static_cast<int>(changed)));
            }
            showRows();
            Q_EMIT finished();
        });
}

std::vector<const evaluation::ShareChange*> BeforeAfterDialog::shownRows() const {
    std::vector<const evaluation::ShareChange*> shown;
    for (const evaluation::ShareChange& row : m_rows)
        if (!m_onlyChanged->isChecked() || row.changed()) shown.push_back(&row);
    // Nothing changes: show everything rather than an empty chart.
    if (shown.empty())
        for (const evaluation::ShareChange& row : m_rows) shown.push_back(&row);
    return shown;
}

void BeforeAfterDialog::showRows() {
    const std::vector<const evaluation::ShareChange*> shown = shownRows();
    const std::size_t cohort = static_cast<std::size_t>(std::max(0, m_cohort->currentIndex()));

    m_table->clear();
    QStringList headers{EvaluationTr::tr("Service")};
    for (std::size_t k = 0; k < evaluation::kCohortCount; ++k) {
        const QString group = k == 0 ? EvaluationTr::tr("All") : k == 1 ? EvaluationTr::tr("60+")
                                                                         : EvaluationTr::tr("0–14");
        headers << EvaluationTr::tr("%1 before").arg(group) << EvaluationTr::tr("%1 after").arg(group);
    }
    m_table->setColumnCount(static_cast<int>(headers.size()));
    m_table->setHorizontalHeaderLabels(headers);
    m_table->setRowCount(static_cast<int>(shown.size()));
    for (std::size_t r = 0; r < shown.size(); ++r) {
        const evaluation::ShareChange& row = *shown[r];
        auto* name = new QTableWidgetItem(localName(row.nameZh, row.nameEn));
        name->setData(Qt::UserRole, QString::fromStdString(row.code));
        m_table->setItem(static_cast<int>(r), 0, name);
        for (std::size_t k = 0; k < evaluation::kCohortCount; ++k) {
            auto* before = new QTableWidgetItem(shareCell(row.before[k]));
            auto* after = new QTableWidgetItem(shareCell(row.after[k]));
            for (QTableWidgetItem* item : {before, after})
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            if (row.before[k] != row.after[k]) {
                QFont bold = after->font();
                bold.setBold(true);
                after->setFont(bold);
            }
            m_table->setItem(static_cast<int>(r), static_cast<int>(1 + 2 * k), before);
            m_table->setItem(static_cast<int>(r), static_cast<int>(2 + 2 * k), after);
        }
    }

    m_chart->removeAllSeries();
    for (QAbstractAxis* axis : m_chart->axes()) {
        m_chart->removeAxis(axis);
        delete axis;
    }
    m_chart->setTitle(EvaluationTr::tr("Share within walking target: %1").arg(cohortName(cohort)));
    m_csv->setEnabled(!m_rows.empty());
    m_png->setEnabled(!m_rows.empty());
    if (shown.empty()) return;
    auto* series = new QHorizontalBarSeries;
    auto* before = new QBarSet(EvaluationTr::tr("Existing"));
    auto* after = new QBarSet(EvaluationTr::tr("Planned"));
    before->setColor(QColor(0x9e, 0xa7, 0xb0));
    after->setColor(QColor(0x2e, 0x8b, 0x3a));
    QStringList names;
    // Bottom to top: the table's first row at the top of the chart.
    for (auto it = shown.rbegin(); it != shown.rend(); ++it) {
        const evaluation::ShareChange& row = **it;
        names << localName(row.nameZh, row.nameEn);
        *before << 100.0 * row.before[cohort].value_or(0.0);
        *after << 100.0 * row.after[cohort].value_or(0.0);
    }
    series->append(before);
    series->append(after);
    m_chart->addSeries(series);
    auto* categories = new QBarCategoryAxis;
    categories->append(names);
    categories->setTruncateLabels(false);  // service names are what the chart is read by
    m_chart->addAxis(categories, Qt::AlignLeft);
    series->attachAxis(categories);
    auto* values = new QValueAxis;
    values->setRange(0.0, 100.0);
    values->setLabelFormat(QStringLiteral("%d %"));
    values->setTickCount(6);
    m_chart->addAxis(values, Qt::AlignBottom);
    series->attachAxis(values);
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    m_chartView->setMinimumHeight(std::max(320, 60 + 26 * static_cast<int>(shown.size())));
}

bool BeforeAfterDialog::exportCsv(const QString& path) {
    const std::string csv = evaluation::compareStatesCsv(m_rows);
    QString error;
    if (!writeAll(path, QByteArray(csv.data(), static_cast<qsizetype>(csv.size())), &error)) {
        m_status->setText(EvaluationTr::tr("Cannot write %1: %2").arg(path, error));
        return false;
    }
    m_status->setText(EvaluationTr::tr("Wrote %1.").arg(path));
    return true;
}

bool BeforeAfterDialog::exportPng(const QString& path) {
    // Twice the screen size, so the picture stays sharp in a report.
    const QSize size = m_chartView->size() * 2;
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    {
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        m_chartView->render(&painter, QRectF(QPointF(0, 0), QSizeF(size)));
    }
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QString error;
    if (!image.save(&buffer, "PNG") || !writeAll(path, bytes, &error)) {
        m_status->setText(EvaluationTr::tr("Cannot write %1: %2").arg(path, error));
        return false;
    }
    m_status->setText(EvaluationTr::tr("Wrote %1.").arg(path));
    return true;
}

void BeforeAfterDialog::chooseCsv() {
    const QString path = QFileDialog::getSaveFileName(
        this, EvaluationTr::tr("Export Before / After"), QString(), EvaluationTr::tr("CSV (*.csv)"));
    if (!path.isEmpty()) exportCsv(path);
}

void BeforeAfterDialog::choosePng() {
    const QString path = QFileDialog::getSaveFileName(
        this, EvaluationTr::tr("Export Chart"), QString(), EvaluationTr::tr("PNG image (*.png)"));
    if (!path.isEmpty()) exportPng(path);
}

}  // namespace yike::ui
