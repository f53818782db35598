// SPDX-License-Identifier: Apache-2.0
// The C++ API from a parent project that builds jixiao's sources itself.
#include <cstdio>
#include <jixiao/jixiao.hpp>

int main() {
  const auto total = jixiao::Money::parse("3,442,618.00") + jixiao::Money::parse("30,000.00");
  const auto target = jixiao::parse_target("≥90.00(%)");
  std::printf("%s %s\n", total.to_thousands().c_str(), jixiao::canonical(target).c_str());
  return total.to_thousands() == "3,472,618.00" && target.kind() == jixiao::TargetKind::compare ? 0 : 1;
}
