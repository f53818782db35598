// SPDX-License-Identifier: Apache-2.0
// libFuzzer: amounts, decimals and dates (money.md). Properties beyond "no crash":
// parse and try_parse agree; only jixiao::Error escapes; whatever parses prints
// back (plain, thousands, 万元) to text that parses to the same value.
#include <optional>
#include <string>

#include "fuzz_support.hpp"
#include "jixiao/date.hpp"
#include "jixiao/decimal.hpp"
#include "jixiao/error.hpp"
#include "jixiao/money.hpp"

namespace jixiao_fuzz::amount {

using jixiao::Money;

template <class TryParse, class Parse>
std::optional<Money> check_money(std::string_view text, TryParse try_parse, Parse parse) {
  jixiao::NumberError error;
  const std::optional<Money> tried = try_parse(text, &error);
  std::optional<Money> thrown;
  try {
    thrown = parse(text);
  } catch (const jixiao::Error& e) {
    FUZZ_CHECK(e.kind() == jixiao::ErrorKind::parse || e.kind() == jixiao::ErrorKind::overflow);
    FUZZ_CHECK(e.kind() != jixiao::ErrorKind::parse || e.offset() <= text.size());
  }
  FUZZ_CHECK(tried == thrown);
  if (!tried) FUZZ_CHECK(error.offset <= text.size());
  return tried;
}

void round_trip(Money m) {
  FUZZ_CHECK(Money::parse(m.to_string()) == m);
  FUZZ_CHECK(Money::parse(m.to_thousands()) == m);
  FUZZ_CHECK(Money::parse(m.to_wan_string() + "万元") == m);
  FUZZ_CHECK(Money::parse_wan(m.to_wan_string()) == m);
  FUZZ_CHECK(!m.to_chinese().empty());
}

}  // namespace jixiao_fuzz::amount

JIXIAO_FUZZER(amount) {
  using namespace jixiao_fuzz::amount;
  const std::string_view text = jixiao_fuzz::as_text(data, size);

  auto yuan = check_money(
      text, [](std::string_view t, jixiao::NumberError* e) { return Money::try_parse(t, e); },
      [](std::string_view t) { return Money::parse(t); });
  if (yuan) round_trip(*yuan);
  auto wan = check_money(
      text, [](std::string_view t, jixiao::NumberError* e) { return Money::try_parse_wan(t, e); },
      [](std::string_view t) { return Money::parse_wan(t); });
  if (wan) round_trip(*wan);

  jixiao::NumberError error;
  const auto tried = jixiao::Decimal::try_parse(text, &error);
  std::optional<jixiao::Decimal> thrown;
  try {
    thrown = jixiao::Decimal::parse(text);
  } catch (const jixiao::Error& e) {
    FUZZ_CHECK(e.kind() == jixiao::ErrorKind::parse || e.kind() == jixiao::ErrorKind::overflow);
  }
  FUZZ_CHECK(tried.has_value() == thrown.has_value());
  if (tried) {
    FUZZ_CHECK(tried->same_representation(*thrown));
    FUZZ_CHECK(jixiao::Decimal::parse(tried->to_string()).same_representation(*tried));
  }

  if (const auto date = jixiao::Date::parse(text)) {
    FUZZ_CHECK(jixiao::Date::parse(date->to_iso()) == date);
  }
  return 0;
}
