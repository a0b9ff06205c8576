// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/printing/guide_map_dialog.h"

#include <algorithm>
#include <cmath>

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPageLayout>
#include <QPainter>
#include <QPlainTextEdit>
#include <QPrintDialog>
#include <QPrinter>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QSpinBox>
#include <QSplitter>
#include <QUndoCommand>
#include <QUndoStack>
#include <QVBoxLayout>

#include "core/access/analysis_session.h"
#include "core/catalog/catalog.h"
#include "core/project/project.h"
#include "ui/commands/remove_print_layout.h"
#include "ui/commands/set_print_layout.h"
#include "ui/document/project_document.h"
#include "ui/jobs/background_runner.h"
#include "ui/print/guide_map_page.h"
#include "ui/print/page_output.h"
#include "ui/printing/page_preview.h"
#include "ui/printing/tr.h"
#include "ui/render/map_legend.h"

namespace yike::ui {
namespace {

/// One change of the page layout in the dialog, undone and redone there.
class LayoutEdit : public QUndoCommand {
public:
    LayoutEdit(PageLayout before, PageLayout after, std::function<void(const PageLayout&)> apply)
        : QUndoCommand(PrintingTr::tr("Edit Page Layout")),
          m_before(std::move(before)),
          m_after(std::move(after)),
          m_apply(std::move(apply)) {}
    void undo() override { m_apply(m_before); }
    void redo() override { m_apply(m_after); }

private:
    PageLayout m_before;
    PageLayout m_after;
    std::function<void(const PageLayout&)> m_apply;
};

QString frameTitle(FrameKind kind) {
    switch (kind) {
    case FrameKind::Map: return PrintingTr::tr("Map");
    case FrameKind::Title: return PrintingTr::tr("Title");
    case FrameKind::Legend: return PrintingTr::tr("Legend");
    case FrameKind::Directory: return PrintingTr::tr("Directory");
    case FrameKind::ScaleBar: return PrintingTr::tr("Scale bar");
    case FrameKind::NorthArrow: return PrintingTr::tr("North arrow");
    case FrameKind::QrCode: return PrintingTr::tr("QR code");
    case FrameKind::Credits: return PrintingTr::tr("Date and sources");
    case FrameKind::Text: return PrintingTr::tr("Text box");
    }
    return {};
}

bool chinese() { return QLocale().language() == QLocale::Chinese; }

QString localName(const std::string& zh, const std::string& en) {
    const std::string& first = chinese() ? zh : en;
    return QString::fromStdString(first.empty() ? (chinese() ? en : zh) : first);
}

// The centre list's entry for a point (the others hold a CentreKind and a feature id).
constexpr int kPointEntry = -1;

}  // namespace

QString guideMapErrorText(const guidemap::GuideMapError& error) {
    switch (error.reason()) {
    case guidemap::GuideMapErrorReason::UnknownFacility:
        return PrintingTr::tr("The centre facility is no longer in the project.");
    case guidemap::GuideMapErrorReason::UnknownCompound:
        return PrintingTr::tr("The centre compound is no longer in the project or has no outline.");
    case guidemap::GuideMapErrorReason::CentreOffNetwork:
        return PrintingTr::tr("No street is near enough to the centre to walk from it. Choose a "
                              "centre next to the streets of the project.");
    case guidemap::GuideMapErrorReason::MissingProfile:
        return PrintingTr::tr("The project has no such walk profile.");
    case guidemap::GuideMapErrorReason::BadMinutes:
        return PrintingTr::tr("Give the walk areas as minutes above zero, such as 5, 10, 15.");
    }
    return QString::fromUtf8(error.what());
}

GuideMapDialog::GuideMapDialog(ProjectDocument* document, QWidget* parent)
    : QDialog(parent),
      m_document(document),
      m_edits(new QUndoStack(this)),
      m_runner(new BackgroundRunner(this)),
      m_layout(defaultGuideMapLayout()) {
    setWindowTitle(PrintingTr::tr("Print Guide Map"));
    setObjectName(QStringLiteral("guideMapDialog"));
    buildUi();
    fillProfiles();
    fillCentres();
    showLayout();

    connect(m_runner, &BackgroundRunner::progressChanged, this,
            [this](double f) { m_progress->setValue(int(std::lround(f * 100.0))); });
    // A change of the project makes the computed map outdated: computed again from a fresh
    // copy (the centre list too, as facilities may have come or gone).
    connect(m_document, &ProjectDocument::projectChanged, this,
            [this](const project::ChangeEvent& event) {
        if (event.layer == project::Layer::PrintLayouts) {
            fillSavedLayouts();
            return;
        }
        m_sessionStale = true;
        fillCentres();
        recompute();
    });
    connect(m_document, &ProjectDocument::projectReplaced, this, [this] {
        m_sessionStale = true;
        fillSavedLayouts();
        fillProfiles();
        fillCentres();
        recompute();
    });
    recompute();
}

GuideMapDialog::~GuideMapDialog() = default;

void GuideMapDialog::buildUi() {
    auto* settings = new QWidget;
    auto* form = new QVBoxLayout(settings);

    auto* savedBox = new QGroupBox(PrintingTr::tr("Layouts in the project"));
    auto* savedRow = new QHBoxLayout(savedBox);
    m_saved = new QComboBox;
    m_saved->setObjectName(QStringLiteral("savedLayouts"));
    m_saved->setToolTip(PrintingTr::tr("Page layouts kept in the project file, for every guide "
                                       "map of the district to look alike."));
    auto* saveAs = new QPushButton(PrintingTr::tr("Sa&ve…"));
    saveAs->setToolTip(PrintingTr::tr("Keep this page layout in the project under a name"));
    m_deleteSaved = new QPushButton(PrintingTr::tr("Delete"));
    savedRow->addWidget(m_saved, 1);
    savedRow->addWidget(saveAs);
    savedRow->addWidget(m_deleteSaved);
    form->addWidget(savedBox);

    auto* mapBox = new QGroupBox(PrintingTr::tr("Map"));
    auto* mapForm = new QFormLayout(mapBox);
    m_centre = new QComboBox;
    m_centre->setObjectName(QStringLiteral("centreCombo"));
    m_centre->setToolTip(PrintingTr::tr("Where the map says \"You are here\": usually the community service centre."));
    mapForm->addRow(PrintingTr::tr("&Centre:"), m_centre);
    m_point = new QLineEdit;
    m_point->setPlaceholderText(PrintingTr::tr("longitude, latitude"));
    m_point->setObjectName(QStringLiteral("pointEdit"));
    mapForm->addRow(PrintingTr::tr("Po&int:"), m_point);
    m_profile = new QComboBox;
    m_profile->setToolTip(PrintingTr::tr("A map posted for everyone must hold for the slowest "
                                         "walkers it serves."));
    mapForm->addRow(PrintingTr::tr("&Walkers:"), m_profile);
    m_minutes = new QLineEdit(QStringLiteral("5, 10, 15"));
    mapForm->addRow(PrintingTr::tr("Walk &areas (minutes):"), m_minutes);
    m_planned = new QCheckBox(PrintingTr::tr("List planned facilities too"));
    mapForm->addRow(QString(), m_planned);
    form->addWidget(mapBox);

    auto* pageBox = new QGroupBox(PrintingTr::tr("Page"));
    auto* pageForm = new QFormLayout(pageBox);
    m_paper = new QComboBox;
    for (Paper p : {Paper::A4, Paper::A3, Paper::A2, Paper::A1})
        m_paper->addItem(paperName(p), int(p));
    pageForm->addRow(PrintingTr::tr("Pap&er:"), m_paper);
    m_orientation = new QComboBox;
    m_orientation->addItem(PrintingTr::tr("Portrait"), false);
    m_orientation->addItem(PrintingTr::tr("Landscape"), true);
    pageForm->addRow(PrintingTr::tr("&Orientation:"), m_orientation);
    m_style = new QComboBox;
    m_style->addItem(PrintingTr::tr("Public sign"), int(PageStyle::Sign));
    m_style->addItem(PrintingTr::tr("High contrast"), int(PageStyle::HighContrast));
    m_style->addItem(PrintingTr::tr("Grayscale"), int(PageStyle::Grayscale));
    pageForm->addRow(PrintingTr::tr("&Style:"), m_style);
    m_defaultFont = new QCheckBox(PrintingTr::tr("Default font"));
    m_font = new QFontComboBox;
    auto* fontRow = new QHBoxLayout;
    fontRow->addWidget(m_defaultFont);
    fontRow->addWidget(m_font, 1);
    auto* fontLabel = new QLabel(PrintingTr::tr("&Font:"));
    fontLabel->setBuddy(m_font);
    pageForm->addRow(fontLabel, fontRow);
    m_title = new QLineEdit;
    m_title->setObjectName(QStringLiteral("titleEdit"));
    pageForm->addRow(PrintingTr::tr("&Title:"), m_title);
    m_subtitle = new QLineEdit;
    pageForm->addRow(PrintingTr::tr("S&ubtitle:"), m_subtitle);
    m_qr = new QLineEdit;
    m_qr->setPlaceholderText(QStringLiteral("https://"));
    m_qr->setToolTip(PrintingTr::tr("A web address to print as a QR code; empty: none."));
    pageForm->addRow(PrintingTr::tr("&QR code:"), m_qr);
    form->addWidget(pageBox);

    auto* categoryBox = new QGroupBox(PrintingTr::tr("Services shown"));
    auto* categoryLayout = new QVBoxLayout(categoryBox);
    m_categories = new QListWidget;
    m_categories->setObjectName(QStringLiteral("categoryList"));
    m_categories->setMinimumHeight(120);
    categoryLayout->addWidget(m_categories);
    form->addWidget(categoryBox);

    auto* frameBox = new QGroupBox(PrintingTr::tr("Selected frame"));
    auto* frameLayout = new QVBoxLayout(frameBox);
    m_frameLabel = new QLabel(PrintingTr::tr("Click a frame on the page to move or resize it."));
    m_frameLabel->setWordWrap(true);
    frameLayout->addWidget(m_frameLabel);
    m_frameVisible = new QCheckBox(PrintingTr::tr("S&hown"));
    frameLayout->addWidget(m_frameVisible);
    m_frameText = new QPlainTextEdit;
    m_frameText->setMaximumHeight(70);
    frameLayout->addWidget(m_frameText);
    auto* frameButtons = new QHBoxLayout;
    auto* addText = new QPushButton(PrintingTr::tr("Add Te&xt Box"));
    auto* reset = new QPushButton(PrintingTr::tr("&Reset Layout"));
    frameButtons->addWidget(addText);
    frameButtons->addWidget(reset);
    frameLayout->addLayout(frameButtons);
    form->addWidget(frameBox);
    form->addStretch(1);

    auto* scroll = new QScrollArea;
    scroll->setWidget(settings);
    scroll->setWidgetResizable(true);
    scroll->setMinimumWidth(330);

    m_preview = new PagePreview;
    auto* splitter = new QSplitter;
    splitter->addWidget(scroll);
    splitter->addWidget(m_preview);
    splitter->setStretchFactor(1, 1);

    m_status = new QLabel;
    m_status->setObjectName(QStringLiteral("statusLabel"));
    m_status->setWordWrap(true);
    m_progress = new QProgressBar;
    m_progress->setRange(0, 100);
    m_progress->setMaximumWidth(200);
    m_progress->hide();
    m_cancel = new QPushButton(PrintingTr::tr("Cancel"));
    m_cancel->hide();
    auto* statusRow = new QHBoxLayout;
    statusRow->addWidget(m_status, 1);
    statusRow->addWidget(m_progress);
    statusRow->addWidget(m_cancel);

    auto* print = new QPushButton(PrintingTr::tr("&Print…"));
    auto* pdf = new QPushButton(PrintingTr::tr("Export P&DF…"));
    auto* png = new QPushButton(PrintingTr::tr("Export P&NG…"));
    auto* svg = new QPushButton(PrintingTr::tr("Export SV&G…"));
    m_dpi = new QSpinBox;
    m_dpi->setRange(72, 1200);
    m_dpi->setValue(300);
    m_dpi->setSuffix(PrintingTr::tr(" DPI"));
    m_dpi->setToolTip(PrintingTr::tr("Resolution of a PNG image"));
    auto* close = new QPushButton(PrintingTr::tr("Close"));
    m_outputButtons = {print, pdf, png, svg};
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(print);
    buttons->addWidget(pdf);
    buttons->addWidget(png);
    buttons->addWidget(m_dpi);
    buttons->addWidget(svg);
    buttons->addStretch(1);
    buttons->addWidget(close);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addLayout(statusRow);
    layout->addLayout(buttons);
    resize(1180, 860);

    auto* undo = m_edits->createUndoAction(this, PrintingTr::tr("Undo"));
    undo->setShortcut(QKeySequence::Undo);
    auto* redo = m_edits->createRedoAction(this, PrintingTr::tr("Redo"));
    redo->setShortcut(QKeySequence::Redo);
    addAction(undo);
    addAction(redo);
    auto* exportPdf = new QAction(this);
    exportPdf->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    addAction(exportPdf);
    auto* printAction = new QAction(this);
    printAction->setShortcut(QKeySequence::Print);
    addAction(printAction);

    // Content settings: computed again.
    connect(m_centre, &QComboBox::currentIndexChanged, this, [this] {
        m_point->setEnabled(m_centre->currentData().toList().value(0).toInt() == kPointEntry);
        recompute();
    });
    connect(m_point, &QLineEdit::editingFinished, this, &GuideMapDialog::recompute);
    connect(m_profile, &QComboBox::currentIndexChanged, this, &GuideMapDialog::recompute);
    connect(m_minutes, &QLineEdit::editingFinished, this, &GuideMapDialog::recompute);
    connect(m_planned, &QCheckBox::toggled, this, &GuideMapDialog::recompute);

    // Layout settings: one undoable edit each.
    // A new paper or orientation lays the frames out afresh; what the page says stays.
    connect(m_paper, &QComboBox::activated, this, [this] {
        const Paper paper = Paper(m_paper->currentData().toInt());
        editLayout([&](PageLayout& l) { l = relaidOut(l, paper, l.landscape); });
    });
    connect(m_orientation, &QComboBox::activated, this, [this] {
        const bool landscape = m_orientation->currentData().toBool();
        editLayout([&](PageLayout& l) { l = relaidOut(l, l.paper, landscape); });
    });
    connect(m_style, &QComboBox::activated, this, [this] {
        const PageStyle style = PageStyle(m_style->currentData().toInt());
        editLayout([style](PageLayout& l) { l.style = style; });
    });
    connect(m_defaultFont, &QCheckBox::toggled, this, [this](bool on) {
        m_font->setEnabled(!on);
        const QString family = on ? QString() : m_font->currentFont().family();
        editLayout([family](PageLayout& l) { l.fontFamily = family; });
    });
    connect(m_font, &QFontComboBox::currentFontChanged, this, [this](const QFont& font) {
        if (m_defaultFont->isChecked()) return;
        editLayout([family = font.family()](PageLayout& l) { l.fontFamily = family; });
    });
    connect(m_title, &QLineEdit::editingFinished, this,
            [this] { editLayout([t = m_title->text()](PageLayout& l) { l.title = t; }); });
    connect(m_subtitle, &QLineEdit::editingFinished, this,
            [this] { editLayout([t = m_subtitle->text()](PageLayout& l) { l.subtitle = t; }); });
    connect(m_qr, &QLineEdit::editingFinished, this,
            [this] { editLayout([t = m_qr->text().trimmed()](PageLayout& l) { l.qrUrl = t; }); });
    connect(m_categories, &QListWidget::itemChanged, this, [this](QListWidgetItem* item) {
        const std::string code = item->data(Qt::UserRole).toString().toStdString();
        const bool shown = item->checkState() == Qt::Checked;
        editLayout([code, shown](PageLayout& l) {
            if (shown) l.hiddenCategories.erase(code);
            else l.hiddenCategories.insert(code);
        });
    });
    connect(m_preview, &PagePreview::layoutEdited, this,
            [this](const PageLayout& edited) { editLayout([edited](PageLayout& l) { l = edited; }); });
    connect(m_preview, &PagePreview::selectedFrameChanged, this,
            &GuideMapDialog::updateFrameControls);
    connect(m_frameVisible, &QCheckBox::toggled, this, [this](bool on) {
        const int i = m_preview->selectedFrame();
        if (i < 0) return;
        editLayout([i, on](PageLayout& l) { l.frames[std::size_t(i)].visible = on; });
    });
    connect(m_frameText, &QPlainTextEdit::textChanged, this, [this] {
        const int i = m_preview->selectedFrame();
        if (i < 0 || m_layout.frames[std::size_t(i)].kind != FrameKind::Text) return;
        const QString text = m_frameText->toPlainText();
        if (text == m_layout.frames[std::size_t(i)].text) return;
        editLayout([i, text](PageLayout& l) { l.frames[std::size_t(i)].text = text; });
    });
    connect(addText, &QPushButton::clicked, this, [this] {
        const QSizeF page = m_layout.pageSizeMm();
        editLayout([page](PageLayout& l) {
            l.frames.push_back({FrameKind::Text,
                                QRectF(page.width() * 0.1, page.height() * 0.45,
                                       page.width() * 0.3, page.height() * 0.06),
                                true, PrintingTr::tr("Opening hours, telephone…")});
        });
        m_preview->setSelectedFrame(int(m_layout.frames.size()) - 1);
    });
    connect(reset, &QPushButton::clicked, this, [this] {
        editLayout([](PageLayout& l) {
            const PageLayout fresh = defaultGuideMapLayout(l.paper, l.landscape);
            l.frames = fresh.frames;
            l.marginMm = fresh.marginMm;
        });
    });

    connect(print, &QPushButton::clicked, this, &GuideMapDialog::printPage);
    connect(printAction, &QAction::triggered, this, &GuideMapDialog::printPage);
    connect(pdf, &QPushButton::clicked, this,
            [this] { chooseExport(QStringLiteral("pdf"), PrintingTr::tr("PDF (*.pdf)")); });
    connect(exportPdf, &QAction::triggered, this,
            [this] { chooseExport(QStringLiteral("pdf"), PrintingTr::tr("PDF (*.pdf)")); });
    connect(png, &QPushButton::clicked, this,
            [this] { chooseExport(QStringLiteral("png"), PrintingTr::tr("PNG image (*.png)")); });
    connect(svg, &QPushButton::clicked, this,
            [this] { chooseExport(QStringLiteral("svg"), PrintingTr::tr("SVG drawing (*.svg)")); });
    connect(m_cancel, &QPushButton::clicked, this, &GuideMapDialog::cancelWork);
    connect(m_saved, &QComboBox::activated, this, [this] {
        if (m_saved->currentIndex() > 0) openLayout(m_saved->currentText());
    });
    connect(saveAs, &QPushButton::clicked, this, [this] {
        bool ok = false;
        const QString suggested =
            m_layout.name.isEmpty() ? PrintingTr::tr("Guide map %1").arg(paperName(m_layout.paper))
                                    : m_layout.name;
        const QString name = QInputDialog::getText(this, PrintingTr::tr("Save Page Layout"),
                                                   PrintingTr::tr("Name of the layout:"),
                                                   QLineEdit::Normal, suggested, &ok);
        if (ok) saveLayoutAs(name);
    });
    connect(m_deleteSaved, &QPushButton::clicked, this, [this] {
        if (m_saved->currentIndex() > 0) deleteLayout(m_saved->currentText());
    });
    connect(close, &QPushButton::clicked, this, &QDialog::reject);
}

void GuideMapDialog::fillProfiles() {
    const QSignalBlocker block(m_profile);
    const QString current = m_profile->currentData().toString();
    m_profile->clear();
    for (const project::WalkProfile& p : m_document->project().walkProfiles())
        m_profile->addItem(localName(p.nameZh, p.nameEn), QString::fromStdString(p.code));
    int index = m_profile->findData(current.isEmpty() ? QStringLiteral("older") : current);
    m_profile->setCurrentIndex(std::max(0, index));
}

void GuideMapDialog::fillCentres() {
    const QSignalBlocker block(m_centre);
    const QVariant current = m_centre->currentData();
    m_centre->clear();
    const project::Project& project = m_document->project();
    // Service centres and stations first: they are where the map is posted.
    std::vector<const project::Facility*> facilities;
    for (const project::Facility& f : project.facilities().items()) facilities.push_back(&f);
    auto isCentre = [](const project::Facility* f) {
        return f->categoryCode.find("community_service") != std::string::npos
               || f->categoryCode == "street_office";
    };
    std::stable_sort(facilities.begin(), facilities.end(),
                     [&](const project::Facility* a, const project::Facility* b) {
                         return isCentre(a) && !isCentre(b);
                     });
    for (const project::Facility* f : facilities) {
        const QString category = categoryTitle(project, f->categoryCode);
        const QString name = f->name.empty() ? category : QString::fromStdString(f->name);
        m_centre->addItem(PrintingTr::tr("%1 (%2)").arg(name, category),
                          QVariantList{int(guidemap::CentreKind::Facility), qulonglong(f->id)});
    }
    for (const project::Compound& c : project.compounds().items()) {
        if (c.outline.outer.size() < 3) continue;
        const QString name = c.name.empty() ? PrintingTr::tr("Compound %1").arg(c.id)
                                            : QString::fromStdString(c.name);
        m_centre->addItem(PrintingTr::tr("%1 (compound)").arg(name),
                          QVariantList{int(guidemap::CentreKind::Compound), qulonglong(c.id)});
    }
    m_centre->addItem(PrintingTr::tr("A point…"), QVariantList{kPointEntry, 0});
    const int index = m_centre->findData(current);
    m_centre->setCurrentIndex(index >= 0 ? index : 0);
    m_point->setEnabled(m_centre->currentData().toList().value(0).toInt() == kPointEntry);
}

void GuideMapDialog::setCentre(const guidemap::GuideMapRequest& request) {
    {
        const QSignalBlocker block(m_centre);
        if (request.centreKind == guidemap::CentreKind::Point) {
            m_centre->setCurrentIndex(m_centre->findData(QVariantList{kPointEntry, 0}));
            m_point->setText(QStringLiteral("%1, %2")
                                 .arg(request.point.lon, 0, 'f', 6)
                                 .arg(request.point.lat, 0, 'f', 6));
            m_point->setEnabled(true);
        } else {
            const int index = m_centre->findData(
                QVariantList{int(request.centreKind), qulonglong(request.centreId)});
            if (index >= 0) m_centre->setCurrentIndex(index);
            m_point->setEnabled(false);
        }
    }
    recompute();
}

guidemap::GuideMapRequest GuideMapDialog::request() const {
    guidemap::GuideMapRequest r;
    const QVariantList entry = m_centre->currentData().toList();
    const int kind = entry.value(0).toInt();
    if (kind == kPointEntry) {
        const QStringList parts = m_point->text().split(QLatin1Char(','));
        bool okLon = false;
        bool okLat = false;
        if (parts.size() == 2) {
            r.point.lon = parts[0].trimmed().toDouble(&okLon);
            r.point.lat = parts[1].trimmed().toDouble(&okLat);
        }
        r.centreKind = guidemap::CentreKind::Point;
        if (!okLon || !okLat) r.point = {};
    } else {
        r.centreKind = guidemap::CentreKind(kind);
        r.centreId = project::FeatureId(entry.value(1).toULongLong());
    }
    r.profileCode = m_profile->currentData().toString().toStdString();
    r.minutes.clear();
    for (const QString& part : m_minutes->text().split(QRegularExpression(QStringLiteral("[,，、\\s]+")),
                                                     Qt::SkipEmptyParts)) {
        bool ok = false;
        const double m = QLocale::c().toDouble(part, &ok);
        r.minutes.push_back(ok ? m : -1.0);
    }
    r.includePlanned = m_planned->isChecked();
    return r;
}

void GuideMapDialog::recompute() {
    if (m_centre->count() == 0) return;
    const guidemap::GuideMapRequest request = this->request();
    // A changed project is copied afresh; the old copy stays until the new page replaces the
    // page that refers to it.
    std::shared_ptr<access::AnalysisSession> session = m_sessionStale ? nullptr : m_session;
    project::Project copy = m_document->project();
    auto result = std::make_shared<std::optional<guidemap::GuideMapContent>>();
    auto built = std::make_shared<std::shared_ptr<access::AnalysisSession>>();
    auto failure = std::make_shared<QString>();
    setBusy(true, PrintingTr::tr("Computing the walk areas…"));
    m_runner->start(
        [session, copy = std::move(copy), request, result, built, failure](JobControl& control) mutable {
            std::shared_ptr<access::AnalysisSession> s = session;
            if (!s) {
                s = std::make_shared<access::AnalysisSession>(std::move(copy));
                s->buildGraph();
            }
            *built = s;
            control.setProgress(0.3);
            access::RunControl run;
            run.cancel = control.cancelFlag();
            try {
                guidemap::GuideMapContent content = guidemap::buildGuideMap(*s, request, run);
                if (content.complete) *result = std::move(content);
            } catch (const guidemap::GuideMapError& e) {
                *failure = guideMapErrorText(e);
            }
        },
        [this, result, built, failure](BackgroundRunner::Outcome outcome, const QString& error) {
            setBusy(false, QString());
            if (*built && *built != m_session) {
                m_preview->setPage(nullptr);
                m_page.reset();
                m_session = *built;
                m_sessionStale = false;
            }
            if (outcome == BackgroundRunner::Outcome::Cancelled) {
                setStatus(PrintingTr::tr("Cancelled."));
                return;
            }
            if (outcome == BackgroundRunner::Outcome::Failed || !failure->isEmpty() || !*result) {
                const QString message = !failure->isEmpty() ? *failure
                                        : error.isEmpty()   ? PrintingTr::tr("Cancelled.")
                                                            : error;
                m_content.reset();
                m_page.reset();
                m_preview->setPage(nullptr);
                setStatus(message);
                Q_EMIT pageFailed(message);
                return;
            }
            m_content = std::move(**result);
            fillCategories();
            rebuildPage();
        });
}

void GuideMapDialog::fillSavedLayouts() {
    const QSignalBlocker block(m_saved);
    m_saved->clear();
    m_saved->addItem(PrintingTr::tr("(this page)"));
    for (const project::PrintLayout& l : m_document->project().printLayouts())
        if (l.kind == kGuideMapLayoutKind) m_saved->addItem(QString::fromStdString(l.name));
    const int index = m_layout.name.isEmpty() ? -1 : m_saved->findText(m_layout.name);
    m_saved->setCurrentIndex(std::max(0, index));
    m_deleteSaved->setEnabled(m_saved->currentIndex() > 0);
}

bool GuideMapDialog::saveLayoutAs(const QString& name) {
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty()) {
        setStatus(PrintingTr::tr("A page layout needs a name."));
        return false;
    }
    PageLayout layout = m_layout;
    layout.name = trimmed;
    project::PrintLayout stored{trimmed.toStdString(), kGuideMapLayoutKind,
                                toJson(layout).toStdString()};
    const project::PrintLayout* existing = m_document->project().printLayout(stored.name);
    if (existing && existing->kind != kGuideMapLayoutKind) {
        setStatus(PrintingTr::tr("The project already has a layout of another kind "
                                         "named \"%1\".").arg(trimmed));
        return false;
    }
    try {
        m_document->undoStack()->push(new SetPrintLayout(*m_document, std::move(stored)));
    } catch (const project::ProjectLogicError&) {
        setStatus(PrintingTr::tr("\"%1\" cannot be kept as a layout name.").arg(trimmed));
        return false;
    }
    editLayout([&](PageLayout& l) { l.name = trimmed; });
    fillSavedLayouts();
    setStatus(PrintingTr::tr("Kept the page layout \"%1\" in the project; save the "
                                     "project to keep it in the file.").arg(trimmed));
    return true;
}

bool GuideMapDialog::openLayout(const QString& name) {
    const project::PrintLayout* stored = m_document->project().printLayout(name.toStdString());
    if (!stored || stored->kind != kGuideMapLayoutKind) return false;
    QString error;
    std::optional<PageLayout> layout =
        pageLayoutFromJson(QString::fromStdString(stored->definition), &error);
    if (!layout) {
        setStatus(PrintingTr::tr("The layout \"%1\" cannot be read: %2").arg(name, error));
        return false;
    }
    layout->name = name;
    setPageLayout(*layout);
    fillCategories();
    return true;
}

void GuideMapDialog::deleteLayout(const QString& name) {
    if (!m_document->project().printLayout(name.toStdString())) return;
    m_document->undoStack()->push(new RemovePrintLayout(*m_document, name.toStdString()));
    fillSavedLayouts();
}

void GuideMapDialog::fillCategories() {
    const QSignalBlocker block(m_categories);
    m_categories->clear();
    if (!m_content) return;
    std::vector<std::string> codes;
    for (const guidemap::DirectoryEntry& e : m_content->directory)
        if (std::find(codes.begin(), codes.end(), e.categoryCode) == codes.end())
            codes.push_back(e.categoryCode);
    for (const std::string& code : codes) {
        auto* item = new QListWidgetItem(categoryTitle(m_document->project(), code), m_categories);
        item->setData(Qt::UserRole, QString::fromStdString(code));
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(m_layout.hiddenCategories.count(code) ? Qt::Unchecked : Qt::Checked);
    }
}

void GuideMapDialog::rebuildPage() {
    if (!m_content || !m_session) return;
    const project::Project& project = m_session->project();
    m_page = std::make_shared<const GuideMapPage>(project, *m_content, m_layout,
                                                  centreName(project, request()));
    m_preview->setPage(m_page.get());
    QString status = PrintingTr::tr("%n service(s) listed.", nullptr, int(m_page->entries().size()));
    if (!m_page->unplacedNumbers().empty())
        status += QLatin1Char(' ')
                  + PrintingTr::tr("%n marker(s) found no room on the map and are only listed.",
                                   nullptr, int(m_page->unplacedNumbers().size()));
    if (m_page->directoryRowsShown() < int(m_page->entries().size()))
        status += QLatin1Char(' ')
                  + PrintingTr::tr("The directory frame is too small for all of them.");
    setStatus(status);
    Q_EMIT pageReady();
}

void GuideMapDialog::editLayout(const std::function<void(PageLayout&)>& change) {
    PageLayout after = m_layout;
    change(after);
    if (after == m_layout) return;
    m_edits->push(new LayoutEdit(m_layout, after, [this](const PageLayout& l) { applyLayout(l); }));
}

void GuideMapDialog::setPageLayout(const PageLayout& layout) {
    editLayout([&layout](PageLayout& l) { l = layout; });
}

void GuideMapDialog::applyLayout(const PageLayout& layout) {
    m_layout = layout;
    showLayout();
    rebuildPage();
}

void GuideMapDialog::showLayout() {
    const QSignalBlocker b1(m_paper);
    const QSignalBlocker b2(m_orientation);
    const QSignalBlocker b3(m_style);
    const QSignalBlocker b4(m_font);
    const QSignalBlocker b5(m_defaultFont);
    const QSignalBlocker b6(m_title);
    const QSignalBlocker b7(m_subtitle);
    const QSignalBlocker b8(m_qr);
    m_paper->setCurrentIndex(m_paper->findData(int(m_layout.paper)));
    m_orientation->setCurrentIndex(m_layout.landscape ? 1 : 0);
    m_style->setCurrentIndex(m_style->findData(int(m_layout.style)));
    m_defaultFont->setChecked(m_layout.fontFamily.isEmpty());
    m_font->setEnabled(!m_layout.fontFamily.isEmpty());
    if (!m_layout.fontFamily.isEmpty()) m_font->setCurrentFont(QFont(m_layout.fontFamily));
    m_title->setText(m_layout.title);
    m_title->setPlaceholderText(m_page ? m_page->title() : QString());
    m_subtitle->setText(m_layout.subtitle);
    m_qr->setText(m_layout.qrUrl);
    {
        const QSignalBlocker b9(m_categories);
        for (int i = 0; i < m_categories->count(); ++i) {
            QListWidgetItem* item = m_categories->item(i);
            const std::string code = item->data(Qt::UserRole).toString().toStdString();
            item->setCheckState(m_layout.hiddenCategories.count(code) ? Qt::Unchecked : Qt::Checked);
        }
    }
    fillSavedLayouts();
    updateFrameControls();
}

void GuideMapDialog::updateFrameControls() {
    const int i = m_preview->selectedFrame();
    const bool has = i >= 0 && i < int(m_layout.frames.size());
    const QSignalBlocker b1(m_frameVisible);
    const QSignalBlocker b2(m_frameText);
    m_frameVisible->setEnabled(has);
    m_frameText->setVisible(has && m_layout.frames[std::size_t(i)].kind == FrameKind::Text);
    if (!has) {
        m_frameLabel->setText(PrintingTr::tr("Click a frame on the page to move or resize it."));
        return;
    }
    const PageFrame& f = m_layout.frames[std::size_t(i)];
    m_frameLabel->setText(PrintingTr::tr("%1: %2 × %3 mm at %4, %5 mm. Drag to move, drag the "
                                         "corner to resize, arrow keys to nudge.")
                              .arg(frameTitle(f.kind))
                              .arg(f.rectMm.width(), 0, 'f', 0)
                              .arg(f.rectMm.height(), 0, 'f', 0)
                              .arg(f.rectMm.left(), 0, 'f', 0)
                              .arg(f.rectMm.top(), 0, 'f', 0));
    m_frameVisible->setChecked(f.visible);
    if (f.kind == FrameKind::Text && m_frameText->toPlainText() != f.text)
        m_frameText->setPlainText(f.text);
}

void GuideMapDialog::setBusy(bool busy, const QString& what) {
    m_progress->setVisible(busy);
    m_cancel->setVisible(busy);
    m_progress->setValue(0);
    for (QWidget* w : m_outputButtons) w->setEnabled(!busy);
    if (busy) setStatus(what);
}

bool GuideMapDialog::isBusy() const { return m_runner->isRunning(); }

QString GuideMapDialog::statusText() const { return m_status->text(); }

void GuideMapDialog::setStatus(const QString& text) { m_status->setText(text); }

void GuideMapDialog::cancelWork() { m_runner->cancel(); }

void GuideMapDialog::chooseExport(const QString& suffix, const QString& filter) {
    if (!m_page) return;
    QString base = m_page->title();
    base.replace(QRegularExpression(QStringLiteral("[\\\\/:*?\"<>|]")), QStringLiteral("_"));
    const QString start = QFileInfo(m_document->filePath()).dir().filePath(base + QLatin1Char('.') + suffix);
    QString path = QFileDialog::getSaveFileName(this, PrintingTr::tr("Export Guide Map"), start, filter);
    if (path.isEmpty()) return;
    if (QFileInfo(path).suffix().isEmpty()) path += QLatin1Char('.') + suffix;
    exportPage(path);
}

void GuideMapDialog::exportPage(const QString& path) {
    const std::optional<PageFormat> format = pageFormatOf(path);
    if (!m_page || !format) {
        Q_EMIT exportFinished(false, PrintingTr::tr("Choose a file ending in .pdf, .png or .svg."));
        return;
    }
    std::shared_ptr<const GuideMapPage> page = m_page;
    std::shared_ptr<access::AnalysisSession> session = m_session;  // the page's project
    PageOutputOptions options;
    options.pngDpi = m_dpi->value();
    auto failure = std::make_shared<QString>();
    setBusy(true, PrintingTr::tr("Writing %1…").arg(QFileInfo(path).fileName()));
    m_runner->start(
        [page, session, path, format, options, failure](JobControl& control) {
            try {
                writePage(*page, path, *format, options, [&control](double f) {
                    control.setProgress(f);
                    return !control.isCancelled();
                });
            } catch (const PageOutputError& e) {
                *failure = e.message();
            }
        },
        [this, path, failure](BackgroundRunner::Outcome outcome, const QString& error) {
            setBusy(false, QString());
            QString message;
            bool written = false;
            if (outcome == BackgroundRunner::Outcome::Cancelled) {
                message = PrintingTr::tr("Cancelled; nothing was written.");
            } else if (!failure->isEmpty() || outcome == BackgroundRunner::Outcome::Failed) {
                message = failure->isEmpty() ? error : *failure;
            } else {
                written = true;
                message = PrintingTr::tr("Wrote %1.").arg(QDir::toNativeSeparators(path));
            }
            setStatus(message);
            Q_EMIT exportFinished(written, message);
        });
}

void GuideMapDialog::printPage() {
    if (!m_page) return;
    QPrinter printer(QPrinter::HighResolution);
    QPageSize size(QPageSize::A3);
    switch (m_layout.paper) {
    case Paper::A4: size = QPageSize(QPageSize::A4); break;
    case Paper::A3: size = QPageSize(QPageSize::A3); break;
    case Paper::A2: size = QPageSize(QPageSize::A2); break;
    case Paper::A1: size = QPageSize(QPageSize::A1); break;
    }
    printer.setPageLayout(QPageLayout(size,
                                      m_layout.landscape ? QPageLayout::Landscape : QPageLayout::Portrait,
                                      QMarginsF(0, 0, 0, 0)));
    printer.setFullPage(true);
    printer.setDocName(m_page->title());
    QPrintDialog dialog(&printer, this);
    if (dialog.exec() != QDialog::Accepted) return;
    QPainter painter;
    if (!painter.begin(&printer)) {
        setStatus(PrintingTr::tr("The printer could not be started."));
        return;
    }
    // The page as laid out, centred on the paper the printer has (it may differ).
    const QRectF paper = printer.paperRect(QPrinter::DevicePixel);
    const double dotsPerMm = printer.resolution() / 25.4;
    const QSizeF page = m_page->pageSizeMm() * dotsPerMm;
    const double fit = std::min({1.0, paper.width() / page.width(), paper.height() / page.height()});
    painter.translate((paper.width() - page.width() * fit) / 2.0,
                      (paper.height() - page.height() * fit) / 2.0);
    m_page->paint(painter, dotsPerMm * fit);
    painter.end();
    setStatus(PrintingTr::tr("Sent to %1.").arg(printer.printerName()));
}

}  // namespace yike::ui
