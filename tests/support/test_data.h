// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <string>

#include <unistd.h>

#include <gtest/gtest.h>

/// Helpers shared by the tests: where the real data lives, scratch folders, seeds.
namespace yike::test {

/// A file under the shared data folder (../shared next to the repository), e.g.
/// sharedPath("data/cn-nanjing-xinjiekou/nanjing-xinjiekou.osm.pbf").
inline std::filesystem::path sharedPath(const std::string& relative) {
    return std::filesystem::path(YIKE_SHARED_DIR) / relative;
}

/// Skips the current test with a clear message when a shared file is absent.
#define YIKE_REQUIRE_SHARED_FILE(path)                                                        \
    do {                                                                                     \
        if (!std::filesystem::exists(path))                                                  \
            GTEST_SKIP() << "shared data file absent, test skipped: " << (path).string();    \
    } while (false)

/// A fresh, empty folder for one test, removed when the object goes out of scope.
class ScratchDir {
public:
    ScratchDir() {
        const auto* info = ::testing::UnitTest::GetInstance()->current_test_info();
        std::string name = info ? std::string(info->test_suite_name()) + "." + info->name()
                                : std::string("scratch");
        m_path = std::filesystem::temp_directory_path()
                 / ("yike-test-" + std::to_string(static_cast<long long>(::getpid())) + "-" + name);
        std::filesystem::remove_all(m_path);
        std::filesystem::create_directories(m_path);
    }
    ~ScratchDir() {
        std::error_code ignored;
        std::filesystem::remove_all(m_path, ignored);
    }
    ScratchDir(const ScratchDir&) = delete;
    ScratchDir& operator=(const ScratchDir&) = delete;
    const std::filesystem::path& path() const { return m_path; }
    std::filesystem::path operator/(const std::string& name) const { return m_path / name; }

private:
    std::filesystem::path m_path;
};

/// The seed for randomised tests: fixed, unless YIKE_TEST_SEED overrides it. Print it on
/// failure so a run can be repeated.
inline std::uint64_t testSeed() {
    if (const char* env = std::getenv("YIKE_TEST_SEED")) return std::strtoull(env, nullptr, 10);
    return 424242u;
}

}  // namespace yike::test
