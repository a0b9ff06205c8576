// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/print/page_layout.h"

#include <array>
#include <utility>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include "ui/print/print_tr.h"

namespace yike::ui {
namespace {

constexpr std::array<std::pair<FrameKind, const char*>, 9> kFrameNames{{
    {FrameKind::Map, "map"},
    {FrameKind::Title, "title"},
    {FrameKind::Legend, "legend"},
    {FrameKind::Directory, "directory"},
    {FrameKind::ScaleBar, "scale_bar"},
    {FrameKind::NorthArrow, "north_arrow"},
    {FrameKind::QrCode, "qr_code"},
    {FrameKind::Credits, "credits"},
    {FrameKind::Text, "text"},
}};

QString frameName(FrameKind kind) {
    for (const auto& [k, name] : kFrameNames)
        if (k == kind) return QString::fromLatin1(name);
    return {};
}

std::optional<FrameKind> frameFromName(const QString& name) {
    for (const auto& [k, n] : kFrameNames)
        if (name == QLatin1StringView(n)) return k;
    return std::nullopt;
}

}  // namespace

QSizeF paperSizeMm(Paper paper) {
    switch (paper) {
    case Paper::A4: return {210.0, 297.0};
    case Paper::A3: return {297.0, 420.0};
    case Paper::A2: return {420.0, 594.0};
    case Paper::A1: return {594.0, 841.0};
    }
    return {297.0, 420.0};
}

QString paperName(Paper paper) {
    switch (paper) {
    case Paper::A4: return QStringLiteral("A4");
    case Paper::A3: return QStringLiteral("A3");
    case Paper::A2: return QStringLiteral("A2");
    case Paper::A1: return QStringLiteral("A1");
    }
    return {};
}

std::optional<Paper> paperFromName(const QString& name) {
    for (Paper p : {Paper::A4, Paper::A3, Paper::A2, Paper::A1})
        if (name.compare(paperName(p), Qt::CaseInsensitive) == 0) return p;
    return std::nullopt;
}

QString pageStyleName(PageStyle style) {
    switch (style) {
    case PageStyle::Sign: return QStringLiteral("sign");
    case PageStyle::HighContrast: return QStringLiteral("high-contrast");
    case PageStyle::Grayscale: return QStringLiteral("grayscale");
    }
    return {};
}

std::optional<PageStyle> pageStyleFromName(const QString& name) {
    for (PageStyle s : {PageStyle::Sign, PageStyle::HighContrast, PageStyle::Grayscale})
        if (name == pageStyleName(s)) return s;
    return std::nullopt;
}

QSizeF PageLayout::pageSizeMm() const {
    const QSizeF portrait = paperSizeMm(paper);
    return landscape ? portrait.transposed() : portrait;
}

const PageFrame* PageLayout::frame(FrameKind kind) const {
    for (const PageFrame& f : frames)
        if (f.kind == kind) return &f;
    return nullptr;
}

PageFrame* PageLayout::frame(FrameKind kind) {
    for (PageFrame& f : frames)
        if (f.kind == kind) return &f;
    return nullptr;
}

PageLayout defaultGuideMapLayout(Paper paper, bool landscape) {
    PageLayout layout;
    layout.paper = paper;
    layout.landscape = landscape;
    const QSizeF page = layout.pageSizeMm();
    // Everything scales with the paper: A3 is the reference.
    const double k = std::min(page.width(), page.height()) / 297.0;
    const double m = 12.0 * k;
    layout.marginMm = m;
    const double gap = 6.0 * k;
    const double titleH = 34.0 * k;
    const double creditsH = 9.0 * k;
    const QRectF inner(m, m, page.width() - 2 * m, page.height() - 2 * m);

    const QRectF title(inner.left(), inner.top(), inner.width(), titleH);
    const QRectF credits(inner.left(), inner.bottom() - creditsH, inner.width(), creditsH);
    const double bodyTop = title.bottom() + gap;
    const double bodyBottom = credits.top() - gap / 2;
    QRectF map;
    QRectF legend;
    QRectF directory;
    if (landscape) {
        const double sideW = inner.width() * 0.30;
        map = QRectF(inner.left(), bodyTop, inner.width() - sideW - gap, bodyBottom - bodyTop);
        const double sideX = map.right() + gap;
        const double legendH = (bodyBottom - bodyTop) * 0.30;
        legend = QRectF(sideX, bodyTop, sideW, legendH);
        directory = QRectF(sideX, legend.bottom() + gap, sideW, bodyBottom - legend.bottom() - gap);
    } else {
        const double lowerH = (bodyBottom - bodyTop) * 0.32;
        map = QRectF(inner.left(), bodyTop, inner.width(), bodyBottom - bodyTop - lowerH - gap);
        const double lowerTop = map.bottom() + gap;
        const double legendW = inner.width() * 0.30;
        legend = QRectF(inner.left(), lowerTop, legendW, lowerH);
        directory = QRectF(legend.right() + gap, lowerTop, inner.width() - legendW - gap, lowerH);
    }
    const double pad = 4.0 * k;
    const QRectF scaleBar(map.left() + pad, map.bottom() - pad - 12.0 * k, 60.0 * k, 12.0 * k);
    const double arrow = 18.0 * k;
    const QRectF north(map.right() - pad - arrow, map.top() + pad, arrow, arrow * 1.3);
    const double qr = 26.0 * k;
    const QRectF qrCode(map.right() - pad - qr, map.bottom() - pad - qr, qr, qr);

    layout.frames = {
        {FrameKind::Map, map, true, {}},
        {FrameKind::Title, title, true, {}},
        {FrameKind::Legend, legend, true, {}},
        {FrameKind::Directory, directory, true, {}},
        {FrameKind::ScaleBar, scaleBar, true, {}},
        {FrameKind::NorthArrow, north, true, {}},
        {FrameKind::QrCode, qrCode, true, {}},
        {FrameKind::Credits, credits, true, {}},
    };
    return layout;
}

PageLayout relaidOut(const PageLayout& layout, Paper paper, bool landscape) {
    PageLayout fresh = defaultGuideMapLayout(paper, landscape);
    fresh.name = layout.name;
    fresh.style = layout.style;
    fresh.fontFamily = layout.fontFamily;
    fresh.title = layout.title;
    fresh.subtitle = layout.subtitle;
    fresh.qrUrl = layout.qrUrl;
    fresh.hiddenCategories = layout.hiddenCategories;
    return fresh;
}

QString toJson(const PageLayout& layout) {
    QJsonObject o;
    o.insert(QStringLiteral("format"), 1);
    o.insert(QStringLiteral("name"), layout.name);
    o.insert(QStringLiteral("paper"), paperName(layout.paper));
    o.insert(QStringLiteral("landscape"), layout.landscape);
    o.insert(QStringLiteral("margin_mm"), layout.marginMm);
    o.insert(QStringLiteral("style"), pageStyleName(layout.style));
    o.insert(QStringLiteral("font"), layout.fontFamily);
    o.insert(QStringLiteral("title"), layout.title);
    o.insert(QStringLiteral("subtitle"), layout.subtitle);
    o.insert(QStringLiteral("qr_url"), layout.qrUrl);
    QJsonArray hidden;
    for (const std::string& code : layout.hiddenCategories)
        hidden.append(QString::fromStdString(code));
    o.insert(QStringLiteral("hidden_categories"), hidden);
    QJsonArray frames;
    for (const PageFrame& f : layout.frames) {
        QJsonObject fo;
        fo.insert(QStringLiteral("kind"), frameName(f.kind));
        fo.insert(QStringLiteral("x"), f.rectMm.x());
        fo.insert(QStringLiteral("y"), f.rectMm.y());
        fo.insert(QStringLiteral("width"), f.rectMm.width());
        fo.insert(QStringLiteral("height"), f.rectMm.height());
        fo.insert(QStringLiteral("visible"), f.visible);
        if (!f.text.isEmpty()) fo.insert(QStringLiteral("text"), f.text);
        frames.append(fo);
    }
    o.insert(QStringLiteral("frames"), frames);
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented));
}

std::optional<PageLayout> pageLayoutFromJson(const QString& json, QString* error) {
    auto fail = [&](const QString& why) -> std::optional<PageLayout> {
        if (error) *error = why;
        return std::nullopt;
    };
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json.toUtf8(), &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return fail(PrintTr::tr("The page layout is not valid JSON: %1 at character %2.")
                        .arg(parseError.errorString())
                        .arg(parseError.offset));
    if (!doc.isObject()) return fail(PrintTr::tr("The page layout is not a JSON object."));
    const QJsonObject o = doc.object();

    const std::optional<Paper> paper =
        paperFromName(o.value(QStringLiteral("paper")).toString(QStringLiteral("A3")));
    if (!paper)
        return fail(PrintTr::tr("The page layout names an unknown paper size \"%1\".")
                        .arg(o.value(QStringLiteral("paper")).toString()));
    PageLayout layout = defaultGuideMapLayout(*paper, o.value(QStringLiteral("landscape")).toBool());
    layout.name = o.value(QStringLiteral("name")).toString();
    layout.marginMm = o.value(QStringLiteral("margin_mm")).toDouble(layout.marginMm);
    layout.style = pageStyleFromName(o.value(QStringLiteral("style")).toString())
                       .value_or(PageStyle::Sign);
    layout.fontFamily = o.value(QStringLiteral("font")).toString();
    layout.title = o.value(QStringLiteral("title")).toString();
    layout.subtitle = o.value(QStringLiteral("subtitle")).toString();
    layout.qrUrl = o.value(QStringLiteral("qr_url")).toString();
    for (const QJsonValue v : o.value(QStringLiteral("hidden_categories")).toArray())
        if (v.isString()) layout.hiddenCategories.insert(v.toString().toStdString());

    if (o.contains(QStringLiteral("frames"))) {
        const QSizeF page = layout.pageSizeMm();
        std::vector<PageFrame> frames;
        for (const QJsonValue v : o.value(QStringLiteral("frames")).toArray()) {
            const QJsonObject fo = v.toObject();
            const std::optional<FrameKind> kind =
                frameFromName(fo.value(QStringLiteral("kind")).toString());
            if (!kind) continue;  // a frame kind of a newer version
            QRectF r(fo.value(QStringLiteral("x")).toDouble(), fo.value(QStringLiteral("y")).toDouble(),
                     fo.value(QStringLiteral("width")).toDouble(),
                     fo.value(QStringLiteral("height")).toDouble());
            // A frame is kept on the page, however its numbers were edited.
            r = r.normalized().intersected(QRectF(QPointF(0, 0), page));
            if (r.width() < 1.0 || r.height() < 1.0) continue;
            frames.push_back({*kind, r, fo.value(QStringLiteral("visible")).toBool(true),
                              fo.value(QStringLiteral("text")).toString()});
        }
        if (std::none_of(frames.begin(), frames.end(),
                         [](const PageFrame& f) { return f.kind == FrameKind::Map; }))
            return fail(PrintTr::tr("The page layout has no map frame."));
        layout.frames = std::move(frames);
    }
    return layout;
}

}  // namespace yike::ui
