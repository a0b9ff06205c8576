// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/exchange/exchange_error.h"

#include <utility>

namespace yike::exchange {

ExchangeError::ExchangeError(Code code, const std::string& message, SourcePosition position,
                             std::string detail)
    : std::runtime_error(message),
      m_code(code),
      m_position(std::move(position)),
      m_detail(std::move(detail)) {}

}  // namespace yike::exchange
