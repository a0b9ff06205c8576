// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <compare>
#include <cstdint>
#include <limits>

/// Ids and units of the street network. Each is its own type, so a node id cannot be passed
/// where an edge id is expected and metres cannot be added to seconds. Bulk arrays in the hot
/// search loops use the raw representation (`std::uint32_t`, `float`); these types are for
/// every interface that handles one value at a time.
namespace yike::network {

/**
 * A 32-bit index into one array of a StreetGraph. Default-constructed ids are invalid.
 * @tparam Tag an empty type that makes each id kind distinct.
 */
template <typename Tag>
class StrongId {
public:
    using Raw = std::uint32_t;
    static constexpr Raw kInvalid = std::numeric_limits<Raw>::max();

    constexpr StrongId() = default;
    constexpr explicit StrongId(Raw value) : m_value(value) {}

    constexpr Raw value() const { return m_value; }
    constexpr bool isValid() const { return m_value != kInvalid; }
    static constexpr StrongId invalid() { return StrongId(); }

    friend constexpr bool operator==(StrongId, StrongId) = default;
    friend constexpr auto operator<=>(StrongId, StrongId) = default;

private:
    Raw m_value = kInvalid;
};

/**
 * A physical quantity stored as a double in its base unit. Same-unit arithmetic and scaling
 * by plain numbers are allowed; the ratio of two equal units is a plain number.
 */
template <typename Tag>
class Quantity {
public:
    constexpr Quantity() = default;
    constexpr explicit Quantity(double value) : m_value(value) {}

    constexpr double value() const { return m_value; }

    constexpr Quantity operator+(Quantity o) const { return Quantity(m_value + o.m_value); }
    constexpr Quantity operator-(Quantity o) const { return Quantity(m_value - o.m_value); }
    constexpr Quantity operator*(double f) const { return Quantity(m_value * f); }
    constexpr Quantity operator/(double f) const { return Quantity(m_value / f); }
    constexpr double operator/(Quantity o) const { return m_value / o.m_value; }
    constexpr Quantity& operator+=(Quantity o) {
        m_value += o.m_value;
        return *this;
    }
    constexpr Quantity& operator-=(Quantity o) {
        m_value -= o.m_value;
        return *this;
    }
    friend constexpr Quantity operator*(double f, Quantity q) { return Quantity(f * q.m_value); }

    friend constexpr bool operator==(Quantity, Quantity) = default;
    friend constexpr auto operator<=>(Quantity, Quantity) = default;

private:
    double m_value = 0.0;
};

namespace tags {
struct Node;
struct Edge;
struct Metres;
struct Seconds;
}  // namespace tags

/// A node of a StreetGraph, 0 .. nodeCount()-1.
using NodeId = StrongId<tags::Node>;
/// An undirected edge of a StreetGraph, 0 .. edgeCount()-1.
using EdgeId = StrongId<tags::Edge>;
/// A length in metres.
using Meters = Quantity<tags::Metres>;
/// A duration in seconds.
using Seconds = Quantity<tags::Seconds>;

/// Seconds value of "not reachable" in the raw float arrays.
inline constexpr float kUnreachable = std::numeric_limits<float>::infinity();

}  // namespace yike::network
