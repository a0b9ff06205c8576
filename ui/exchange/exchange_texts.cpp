// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/exchange/exchange_texts.h"

#include "ui/exchange/tr.h"

namespace yike::ui {

using exchange::Field;

QString fieldLabel(Field field) {
    switch (field) {
        case Field::Lon:
            return ExchangeTr::tr("Longitude");
        case Field::Lat:
            return ExchangeTr::tr("Latitude");
        case Field::Wkt:
            return ExchangeTr::tr("Geometry (WKT)");
        case Field::Name:
            return ExchangeTr::tr("Name");
        case Field::Category:
            return ExchangeTr::tr("Category");
        case Field::Status:
            return ExchangeTr::tr("Status");
        case Field::Source:
            return ExchangeTr::tr("Source");
        case Field::Kind:
            return ExchangeTr::tr("Kind");
        case Field::FloorArea:
            return ExchangeTr::tr("Floor area (m²)");
        case Field::Storey:
            return ExchangeTr::tr("Storey");
        case Field::Owner:
            return ExchangeTr::tr("Owner");
        case Field::Cost:
            return ExchangeTr::tr("Estimated cost (yuan)");
        case Field::Notes:
            return ExchangeTr::tr("Notes");
        case Field::HasLift:
            return ExchangeTr::tr("Lift");
        case Field::ProposedFor:
            return ExchangeTr::tr("Proposed for");
        case Field::Population:
            return ExchangeTr::tr("Population");
        case Field::Residents60Plus:
            return ExchangeTr::tr("Residents 60+");
        case Field::Children0To14:
            return ExchangeTr::tr("Children 0–14");
        case Field::Households:
            return ExchangeTr::tr("Households");
        case Field::Fenced:
            return ExchangeTr::tr("Fenced");
    }
    return {};
}

QString exchangeLayerName(project::Layer layer) {
    switch (layer) {
        case project::Layer::Facilities:
            return ExchangeTr::tr("Facilities");
        case project::Layer::IdleSpaces:
            return ExchangeTr::tr("Idle spaces");
        case project::Layer::Compounds:
            return ExchangeTr::tr("Compounds");
        case project::Layer::Gates:
            return ExchangeTr::tr("Compound gates");
        case project::Layer::Streets:
            return ExchangeTr::tr("Streets and paths");
        case project::Layer::Buildings:
            return ExchangeTr::tr("Buildings");
        case project::Layer::Water:
            return ExchangeTr::tr("Water areas");
        default:
            return QString::fromUtf8(exchange::layerCode(layer));
    }
}

QString encodingName(exchange::TextEncoding encoding) {
    switch (encoding) {
        case exchange::TextEncoding::Utf8:
            return QStringLiteral("UTF-8");
        case exchange::TextEncoding::Gb18030:
            return QStringLiteral("GB18030 (GBK)");
        case exchange::TextEncoding::Utf16Le:
            return QStringLiteral("UTF-16LE");
        case exchange::TextEncoding::Utf16Be:
            return QStringLiteral("UTF-16BE");
    }
    return {};
}

QString crsName(geo::ChinaCrs crs) {
    switch (crs) {
        case geo::ChinaCrs::Wgs84:
            return ExchangeTr::tr("WGS-84 (GPS, OpenStreetMap)");
        case geo::ChinaCrs::Gcj02:
            return ExchangeTr::tr("GCJ-02 (Amap, Tencent)");
        case geo::ChinaCrs::Bd09:
            return ExchangeTr::tr("BD-09 (Baidu)");
    }
    return {};
}

QString delimiterName(char delimiter) {
    switch (delimiter) {
        case ',':
            return ExchangeTr::tr("comma");
        case '\t':
            return ExchangeTr::tr("tab");
        case ';':
            return ExchangeTr::tr("semicolon");
        default:
            return QString(QLatin1Char(delimiter));
    }
}

QString rejectionPlace(const exchange::Rejection& r) {
    return r.line > 0 ? ExchangeTr::tr("line %1").arg(r.line)
                      : ExchangeTr::tr("feature %1").arg(r.record);
}

QString rejectionReason(const exchange::Rejection& r) {
    using exchange::RejectReason;
    const QString column = QString::fromStdString(r.column);
    const QString value = QString::fromStdString(r.value);
    switch (r.reason) {
        case RejectReason::RaggedRow:
            return ExchangeTr::tr(
                       "the row has %1 fields, not as many as the header (is there a "
                       "delimiter inside an unquoted value?)")
                .arg(value);
        case RejectReason::EmptyCoordinate:
            return ExchangeTr::tr("the coordinate in column “%1” is empty").arg(column);
        case RejectReason::BadCoordinate:
            return ExchangeTr::tr("“%1” in column “%2” is not a number").arg(value, column);
        case RejectReason::OutOfRange:
            return ExchangeTr::tr("the coordinates %1 are out of range").arg(value);
        case RejectReason::SwappedCoordinates:
            return ExchangeTr::tr(
                       "the coordinates %1 are out of range; longitude and latitude look swapped")
                .arg(value);
        case RejectReason::MissingGeometry:
            return ExchangeTr::tr("it has no geometry");
        case RejectReason::UnsupportedGeometry:
            return ExchangeTr::tr("a %1 cannot become a feature of this layer").arg(value);
        case RejectReason::MultiPartGeometry:
            return ExchangeTr::tr("its geometry has %1 parts; a feature has one").arg(value);
        case RejectReason::InvalidGeometry:
            if (!column.isEmpty() && column.startsWith(QLatin1Char('/')))
                return ExchangeTr::tr("its geometry is malformed at %1").arg(column);
            if (!column.isEmpty())
                return ExchangeTr::tr("the geometry in column “%1” is malformed").arg(column);
            return ExchangeTr::tr("a polygon ring has fewer than three corners");
        case RejectReason::InvalidFeature:
            return ExchangeTr::tr("it is not a GeoJSON feature (at %1)").arg(column);
        case RejectReason::MissingCategory:
            return ExchangeTr::tr("the category in column “%1” is empty").arg(column);
        case RejectReason::UnknownCategory:
            return ExchangeTr::tr("the catalogue has no category “%1”").arg(value);
        case RejectReason::UnknownKind:
            return ExchangeTr::tr("“%1” is not a kind of idle space").arg(value);
        case RejectReason::BadValue:
            return ExchangeTr::tr("“%1” in column “%2” cannot be read").arg(value, column);
    }
    return QString::fromStdString(r.message);
}

QString exchangeErrorText(const exchange::ExchangeError& error) {
    using Code = exchange::ExchangeError::Code;
    const QString detail = QString::fromStdString(error.detail());
    const exchange::SourcePosition& where = error.position();
    switch (error.code()) {
        case Code::CannotRead:
            return ExchangeTr::tr("The file “%1” cannot be read.").arg(detail);
        case Code::CannotWrite:
            return ExchangeTr::tr(
                       "“%1” cannot be written. Check that the folder exists and that "
                       "you may write to it.")
                .arg(detail);
        case Code::UndecodableText: {
            const auto encoding = exchange::textEncodingFromCode(error.detail());
            return ExchangeTr::tr(
                       "The file is not valid %1 text (line %2, byte %3). Choose "
                       "another encoding.")
                .arg(encoding ? encodingName(*encoding) : detail)
                .arg(where.line)
                .arg(where.byteOffset.value_or(0));
        }
        case Code::EmptyFile:
            return ExchangeTr::tr("The file is empty.");
        case Code::UnterminatedQuote:
            return ExchangeTr::tr(
                       "The quoted value that starts on line %1 never ends (a closing "
                       "quotation mark is missing).")
                .arg(where.line);
        case Code::MalformedJson:
            return ExchangeTr::tr("The file is not valid JSON: line %1, column %2.")
                .arg(where.line)
                .arg(where.column);
        case Code::NotGeoJson:
            return ExchangeTr::tr("The file is JSON, but not GeoJSON (at “%1”).")
                .arg(QString::fromStdString(where.path.empty() ? "/" : where.path));
        case Code::UnsupportedCrs:
            return ExchangeTr::tr(
                       "The file uses the coordinate system “%1”. Only longitude and "
                       "latitude (WGS-84) can be imported; reproject it first.")
                .arg(detail);
        case Code::MissingColumn:
            return ExchangeTr::tr("The file has no column “%1”.").arg(detail);
        case Code::MappingIncomplete:
            if (error.detail() == exchange::fieldCode(Field::Category))
                return ExchangeTr::tr("Choose the column that holds each facility’s category.");
            if (error.detail() == exchange::fieldCode(Field::Wkt))
                return ExchangeTr::tr(
                    "Compounds need polygon outlines: choose a WKT column, or "
                    "import a GeoJSON file.");
            return ExchangeTr::tr("Choose the longitude and latitude columns (or a WKT column).");
        case Code::UnsupportedLayer:
            return ExchangeTr::tr("Features cannot be imported into this layer.");
        case Code::UnknownFormat:
            return ExchangeTr::tr("“%1” is neither a CSV table nor a GeoJSON file.").arg(detail);
    }
    return QString::fromStdString(error.what());
}

}  // namespace yike::ui
