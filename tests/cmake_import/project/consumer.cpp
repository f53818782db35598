// SPDX-License-Identifier: Apache-2.0
// Uses the library the way a downstream C++ project would, through find_package.
#include <cstdio>
#include <jixiao/money.hpp>
#include <jixiao/target.hpp>

int main() {
  auto total = jixiao::Money::parse("12,780,000.00") + jixiao::Money::parse("300,000.00");
  auto target = jixiao::parse_target("≥90.00(%)");
  bool ok = total.to_thousands() == "13,080,000.00" && target.kind() == jixiao::TargetKind::compare;
  std::printf("%s %s\n", total.to_thousands().c_str(), jixiao::canonical(target).c_str());
  return ok ? 0 : 1;
}
