// SPDX-License-Identifier: GPL-3.0-or-later
// The time stamps of the project store (saved_at, recovery files, the analysis cache).
#include <array>
#include <cstdio>

#include "core/project/project_io.h"

namespace yike::project::detail {

std::string formatUtc(std::chrono::system_clock::time_point time) {
    using namespace std::chrono;
    const auto millis = time_point_cast<milliseconds>(time);
    const sys_days day = floor<days>(millis);
    const year_month_day date(day);
    const hh_mm_ss<milliseconds> clock(millis - day);
    std::array<char, 32> text{};
    std::snprintf(text.data(), text.size(), "%04d-%02u-%02uT%02d:%02d:%02d.%03dZ",
                  static_cast<int>(date.year()), static_cast<unsigned>(date.month()),
                  static_cast<unsigned>(date.day()), static_cast<int>(clock.hours().count()),
                  static_cast<int>(clock.minutes().count()),
                  static_cast<int>(clock.seconds().count()),
                  static_cast<int>(clock.subseconds().count()));
    return text.data();
}

std::optional<std::chrono::system_clock::time_point> parseUtc(const std::string& text) {
    using namespace std::chrono;
    int y = 0;
    unsigned mo = 0;
    unsigned d = 0;
    int h = 0;
    int mi = 0;
    int s = 0;
    int ms = 0;
    char zone = 0;
    const int fields = std::sscanf(text.c_str(), "%4d-%2u-%2uT%2d:%2d:%2d.%3d%c", &y, &mo, &d, &h,
                                   &mi, &s, &ms, &zone);
    if (fields != 8) {
        ms = 0;
        if (std::sscanf(text.c_str(), "%4d-%2u-%2uT%2d:%2d:%2d%c", &y, &mo, &d, &h, &mi, &s, &zone)
            != 7)
            return std::nullopt;
    }
    const year_month_day date{year(y), month(mo), day(d)};
    if (zone != 'Z' || !date.ok() || h < 0 || h > 23 || mi < 0 || mi > 59 || s < 0 || s > 60
        || ms < 0 || ms > 999)
        return std::nullopt;
    return sys_days(date) + hours(h) + minutes(mi) + seconds(s) + milliseconds(ms);
}

}  // namespace yike::project::detail
