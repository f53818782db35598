// SPDX-License-Identifier: Apache-2.0
// The funds rules (FUNDS_*). All arithmetic in Money (exact 分, checked).
//
// funds.total is cumulative over the project period and funds.annual covers one
// budget year (domain.md): they are compared for equality only for a project that
// runs within one budget year (FUNDS_SINGLE_YEAR); otherwise only annual ≤ total.
#include <array>
#include <initializer_list>
#include <optional>
#include <string>
#include <vector>

#include <fmt/core.h>

#include "jixiao/error.hpp"
#include "validate/rule.hpp"

JIXIAO_BEGIN_NAMESPACE
namespace validate_detail {
namespace {

// The seven amounts of the form, with the labels a reviewer sees. The two 其他资金
// are told apart by their column.
struct AmountField {
  std::optional<Money> Funds::*member;
  std::string_view label;
};
constexpr std::array<AmountField, 7> kAmounts{{
    {&Funds::total, "项目资金总额"},
    {&Funds::total_fiscal, "财政资金"},
    {&Funds::total_other, "其他资金（项目资金）"},
    {&Funds::annual, "年度资金申请总额"},
    {&Funds::annual_appropriation, "当年财政拨款"},
    {&Funds::annual_carryover, "上年结转资金"},
    {&Funds::annual_other, "其他资金（年度资金）"},
}};

// The checked sum, or nullopt when it overflows (then it cannot equal any amount).
std::optional<Money> checked_sum(std::initializer_list<Money> amounts) {
  try {
    return Money::sum(std::span<const Money>(amounts.begin(), amounts.size()));
  } catch (const Error&) {
    return std::nullopt;
  }
}

std::string money(Money amount) { return amount.to_thousands(); }

}  // namespace

void check_funds_total_sum(const Declaration& d, Findings& findings) {
  const Funds& f = d.funds;
  if (!f.total || !f.total_fiscal || !f.total_other) return;  // FUNDS_MISSING reports it
  auto sum = checked_sum({*f.total_fiscal, *f.total_other});
  if (sum && *sum == *f.total) return;
  findings.about_declaration(fmt::format("项目资金总额 {} ≠ 财政资金 {} + 其他资金 {}", money(*f.total),
                                         money(*f.total_fiscal), money(*f.total_other)));
}

void check_funds_annual_sum(const Declaration& d, Findings& findings) {
  const Funds& f = d.funds;
  if (!f.annual || !f.annual_appropriation || !f.annual_carryover || !f.annual_other) return;
  auto sum = checked_sum({*f.annual_appropriation, *f.annual_carryover, *f.annual_other});
  if (sum && *sum == *f.annual) return;
  findings.about_declaration(fmt::format("年度资金申请总额 {} ≠ 当年财政拨款 {} + 上年结转资金 {} + 其他资金 {}",
                                         money(*f.annual), money(*f.annual_appropriation),
                                         money(*f.annual_carryover), money(*f.annual_other)));
}

void check_funds_annual_exceeds_total(const Declaration& d, Findings& findings) {
  const Funds& f = d.funds;
  if (!f.annual || !f.total || *f.annual <= *f.total) return;
  findings.about_declaration(
      fmt::format("年度资金申请总额 {} > 项目资金总额 {}：一年的申请不能超过整个项目的资金", money(*f.annual),
                  money(*f.total)));
}

void check_funds_single_year(const Declaration& d, Findings& findings) {
  const Funds& f = d.funds;
  const Project& p = d.project;
  if (!f.annual || !f.total || !p.start_date || !p.end_date) return;
  // Within one budget year: starts and ends in the same year, the budget year when
  // the form names it. A multi-year (阶段性) project's annual amount is one year's
  // share of its cumulative total and is not compared.
  const int year = p.start_date->year;
  if (p.end_date->year != year || (d.year && *d.year != year)) return;
  if (*f.annual == *f.total) return;
  findings.about_declaration(fmt::format("项目期 {} 至 {} 在 {} 年度之内，年度资金申请总额 {} 应等于项目资金总额 {}",
                                         p.start_date->to_iso(), p.end_date->to_iso(), year, money(*f.annual),
                                         money(*f.total)));
}

void check_funds_negative(const Declaration& d, Findings& findings) {
  for (const auto& field : kAmounts) {
    const auto& amount = d.funds.*field.member;
    if (amount && amount->is_negative())
      findings.about_declaration(fmt::format("{} {} 为负数", field.label, money(*amount)));
  }
}

void check_funds_missing(const Declaration& d, Findings& findings) {
  std::string missing;
  for (const auto& field : kAmounts) {
    if (d.funds.*field.member) continue;
    if (!missing.empty()) missing += "、";
    missing += field.label;
  }
  if (!missing.empty()) findings.about_declaration(fmt::format("资金数额缺失或无法读取：{}", missing));
}

}  // namespace validate_detail
JIXIAO_END_NAMESPACE
