// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>
#include <vector>

#include <QDate>
#include <QRectF>
#include <QString>

#include "core/guidemap/guide_map.h"
#include "ui/print/page_layout.h"
#include "ui/print/page_placement.h"
#include "ui/render/map_transform.h"

class QPainter;

namespace yike::project {
class Project;
}

namespace yike::access {
class AnalysisSession;
struct RunControl;
}

namespace yike::ui {

/**
 * A 一刻钟便民生活圈导引图 laid out on a page: the content (walk areas and the numbered
 * directory from guidemap::buildGuideMap) placed by a PageLayout. Construction does every
 * measurement and placement once, in page millimetres (map scale, the markers, numbers and
 * names on the map without overlaps, the directory's columns and type size), so every output
 * (preview, printer, PDF, PNG at any resolution, SVG) shows the same page. paint() only draws.
 *
 * The project must outlive the page. Needs a QGuiApplication (fonts).
 */
class GuideMapPage {
public:
    /// `centreName` titles the page by default (the service centre's or compound's name; may
    /// be empty for a point); `date` is printed with the credits.
    GuideMapPage(const project::Project& project, guidemap::GuideMapContent content,
                 PageLayout layout, QString centreName, QDate date = QDate::currentDate());

    const PageLayout& layout() const { return m_layout; }
    const guidemap::GuideMapContent& content() const { return m_content; }
    QSizeF pageSizeMm() const { return m_layout.pageSizeMm(); }

    /// The title as printed (the layout's, or the default from the centre's name).
    QString title() const;
    QString subtitle() const;

    /// What was placed on the map, in page millimetres.
    const PagePlacement& placement() const { return m_placement; }
    /// Directory numbers whose marker found no free spot on the map (listed, not drawn).
    const std::vector<int>& unplacedNumbers() const { return m_unplaced; }
    /// The directory entries shown (the layout's hidden categories left out), in order.
    const std::vector<guidemap::DirectoryEntry>& entries() const { return m_entries; }
    /// How many directory entries the directory frame could hold; the rest are summed up in a
    /// last line.
    int directoryRowsShown() const { return m_directory.shownEntries; }
    /// The map's scale: ground metres per page millimetre.
    double metresPerMm() const { return m_mapTransform.groundMetresPerPixel(); }

    /**
     * Draws the page onto `painter`, whose device shows the page's top-left corner at its
     * origin with `dotsPerMm` device units per millimetre (printer resolution / 25.4). Frames
     * may be limited to the painter's clip (for banded rendering).
     */
    void paint(QPainter& painter, double dotsPerMm) const;

private:
    struct DirectoryPlan {
        double fontMm = 4.0;
        int columns = 1;
        int rowsPerColumn = 0;
        int shownEntries = 0;
    };

    QPointF toPage(geo::LonLat p) const;
    void placeMapItems();
    void planDirectory();

    void paintTitle(QPainter& p) const;
    void paintMap(QPainter& p) const;
    void paintLegend(QPainter& p) const;
    void paintDirectory(QPainter& p) const;
    void paintScaleBar(QPainter& p) const;
    void paintNorthArrow(QPainter& p) const;
    void paintQrCode(QPainter& p) const;
    void paintCredits(QPainter& p) const;
    void paintText(QPainter& p, const PageFrame& frame) const;

    const project::Project& m_project;
    guidemap::GuideMapContent m_content;
    PageLayout m_layout;
    QString m_centreName;
    QDate m_date;
    std::vector<guidemap::DirectoryEntry> m_entries;
    QRectF m_mapRect;
    MapTransform m_mapTransform;  // lon/lat to millimetres inside the map frame
    PagePlacement m_placement;
    std::vector<int> m_unplaced;
    DirectoryPlan m_directory;
    double m_scale = 1.0;  // type and symbol scale of the paper (A3 = 1)
};

/**
 * The guide map of `request` on the session's project laid out by `layout`: the content from
 * guidemap::buildGuideMap, titled by the centre's name. The workstation and yike-cli both make their pages here, so both print the same page.
 * The session (its project) must outlive the page.
 * @throws guidemap::GuideMapError as buildGuideMap
 * @return null when cancelled through `control`
 */
std::unique_ptr<GuideMapPage> makeGuideMapPage(access::AnalysisSession& session,
                                               const guidemap::GuideMapRequest& request,
                                               PageLayout layout, QDate date,
                                               const access::RunControl& control);

/// The name of the request's centre facility or compound (empty for a point or an unnamed or
/// unknown feature): what the page's default title names.
QString centreName(const project::Project& project, const guidemap::GuideMapRequest& request);

}  // namespace yike::ui
