// SPDX-License-Identifier: Apache-2.0
// jx_target_*: parsing 指标值, reading a target's fields, canonical print, JSON.

#include <type_traits>
#include <variant>

#include "common.hpp"
#include "handles.hpp"
#include "jixiao/target.hpp"

JIXIAO_BEGIN_NAMESPACE
namespace capi {
namespace {

// NUL-terminated names (the C++ to_string views are not promised to be).
const char* kind_name(TargetKind kind) noexcept {
  static const char* const names[] = {"compare", "range", "trend", "deadline", "period", "qualitative", "invalid",
                                       "placeholder"};
  return names[static_cast<int>(kind)];
}
const char* op_name(CompareOp op) noexcept {
  static const char* const names[] = {"eq", "ne", "gt", "ge", "lt", "le"};
  return names[static_cast<int>(op)];
}
const char* direction_name(TrendDirection d) noexcept {
  static const char* const names[] = {"up", "down", "flat", "not_up", "not_down"};
  return names[static_cast<int>(d)];
}
const char* basis_name(TrendBasis b) noexcept {
  static const char* const names[] = {"none", "yoy", "mom"};
  return names[static_cast<int>(b)];
}

jx_compare_op to_c(CompareOp op) noexcept {
  switch (op) {
    case CompareOp::eq: return JX_OP_EQ;
    case CompareOp::ne: return JX_OP_NE;
    case CompareOp::gt: return JX_OP_GT;
    case CompareOp::ge: return JX_OP_GE;
    case CompareOp::lt: return JX_OP_LT;
    case CompareOp::le: return JX_OP_LE;
  }
  return JX_OP_EQ;
}
jx_trend_direction to_c(TrendDirection d) noexcept {
  switch (d) {
    case TrendDirection::up: return JX_TREND_UP;
    case TrendDirection::down: return JX_TREND_DOWN;
    case TrendDirection::flat: return JX_TREND_FLAT;
    case TrendDirection::not_up: return JX_TREND_NOT_UP;
    case TrendDirection::not_down: return JX_TREND_NOT_DOWN;
  }
  return JX_TREND_FLAT;
}
jx_trend_basis to_c(TrendBasis b) noexcept {
  switch (b) {
    case TrendBasis::none: return JX_BASIS_NONE;
    case TrendBasis::yoy: return JX_BASIS_YOY;
    case TrendBasis::mom: return JX_BASIS_MOM;
  }
  return JX_BASIS_NONE;
}
jx_target_kind to_c(TargetKind k) noexcept { return static_cast<jx_target_kind>(static_cast<int>(k)); }

static_assert(JX_TARGET_COMPARE == static_cast<int>(TargetKind::compare) &&
              JX_TARGET_INVALID == static_cast<int>(TargetKind::invalid) &&
              JX_TARGET_PLACEHOLDER == static_cast<int>(TargetKind::placeholder));

const Target& target_of(const jx_target* t) {
  require(t, "target");
  return *in(t)->target;
}

[[noreturn]] void not_of_kind(const Target& t, const char* field) {
  fail(JX_EINVAL, std::string(field) + " does not apply to a " + kind_name(t.kind()) + " target");
}

Lent text_field(const TargetView& view, jx_target_field field) {
  render_decimals(view);
  const Target& t = *view.target;
  const TargetValue& v = t.value;
  switch (field) {
    case JX_TARGET_RAW: return lent(t.raw);
    case JX_TARGET_KIND_NAME: return lent(kind_name(t.kind()));
    case JX_TARGET_OP:
      if (auto* c = std::get_if<CompareTarget>(&v)) return lent(op_name(c->op));
      not_of_kind(t, "JX_TARGET_OP");
    case JX_TARGET_VALUE:
      if (std::holds_alternative<CompareTarget>(v)) return lent(view.first);
      not_of_kind(t, "JX_TARGET_VALUE");
    case JX_TARGET_UNIT:
      if (auto* c = std::get_if<CompareTarget>(&v)) return lent(c->unit);
      if (auto* r = std::get_if<RangeTarget>(&v)) return lent(r->unit);
      not_of_kind(t, "JX_TARGET_UNIT");
    case JX_TARGET_NOTE:
      if (auto* c = std::get_if<CompareTarget>(&v)) return lent(c->note);
      if (auto* r = std::get_if<RangeTarget>(&v)) return lent(r->note);
      not_of_kind(t, "JX_TARGET_NOTE");
    case JX_TARGET_LOW:
      if (std::holds_alternative<RangeTarget>(v)) return lent(view.first);
      not_of_kind(t, "JX_TARGET_LOW");
    case JX_TARGET_HIGH:
      if (std::holds_alternative<RangeTarget>(v)) return lent(view.second);
      not_of_kind(t, "JX_TARGET_HIGH");
    case JX_TARGET_DIRECTION:
      if (auto* tr = std::get_if<TrendTarget>(&v)) return lent(direction_name(tr->direction));
      not_of_kind(t, "JX_TARGET_DIRECTION");
    case JX_TARGET_BASIS:
      if (auto* tr = std::get_if<TrendTarget>(&v)) return lent(basis_name(tr->basis));
      not_of_kind(t, "JX_TARGET_BASIS");
    case JX_TARGET_BY_VALUE:
      if (std::holds_alternative<TrendTarget>(v)) return lent(view.first);
      not_of_kind(t, "JX_TARGET_BY_VALUE");
    case JX_TARGET_BY_UNIT:
      if (auto* tr = std::get_if<TrendTarget>(&v)) return tr->by ? lent(tr->by->unit) : lent("");
      not_of_kind(t, "JX_TARGET_BY_UNIT");
    case JX_TARGET_DATE:
      if (std::holds_alternative<DeadlineTarget>(v)) return lent(view.first);
      not_of_kind(t, "JX_TARGET_DATE");
    case JX_TARGET_START:
      if (auto* p = std::get_if<PeriodTarget>(&v)) return lent(p->start);
      not_of_kind(t, "JX_TARGET_START");
    case JX_TARGET_END:
      if (auto* p = std::get_if<PeriodTarget>(&v)) return lent(p->end);
      not_of_kind(t, "JX_TARGET_END");
    case JX_TARGET_TERM:
      if (auto* q = std::get_if<QualitativeTarget>(&v)) return lent(q->term);
      if (auto* ph = std::get_if<PlaceholderTarget>(&v)) return lent(ph->term);
      not_of_kind(t, "JX_TARGET_TERM");
    case JX_TARGET_ERROR_EXPECTED:
      if (auto* e = std::get_if<InvalidTarget>(&v)) return lent(e->expected);
      not_of_kind(t, "JX_TARGET_ERROR_EXPECTED");
    case JX_TARGET_ERROR_MESSAGE:
      if (auto* e = std::get_if<InvalidTarget>(&v)) return lent(e->message);
      not_of_kind(t, "JX_TARGET_ERROR_MESSAGE");
  }
  fail(JX_EINVAL, "unknown target field " + std::to_string(static_cast<int>(field)));
}

}  // namespace

void render_decimals(const TargetView& view) {
  std::call_once(view.rendered, [&] {
    std::visit(
        [&](const auto& v) {
          using T = std::decay_t<decltype(v)>;
          if constexpr (std::is_same_v<T, CompareTarget>) {
            view.first = v.value.to_string();
          } else if constexpr (std::is_same_v<T, RangeTarget>) {
            view.first = v.low.to_string();
            view.second = v.high.to_string();
          } else if constexpr (std::is_same_v<T, TrendTarget>) {
            if (v.by) view.first = v.by->value.to_string();
          } else if constexpr (std::is_same_v<T, DeadlineTarget>) {
            if (v.has_year()) view.first = v.date.to_iso();
          }
        },
        view.target->value);
  });
}

}  // namespace capi
JIXIAO_END_NAMESPACE

using namespace jixiao;
using namespace jixiao::capi;

extern "C" {

JX_API jx_status jx_target_parse(const char* text, size_t length, jx_target** out, jx_error* err) {
  return guarded(err, [&] {
    auto input = text_arg(text, length, "text");
    require(out, "out");
    auto owned = std::make_unique<OwnedTarget>(parse_target(input));
    *out = capi::out(static_cast<TargetView*>(owned.release()));
  });
}

JX_API void jx_target_free(jx_target* target) {
  // Only jx_target_parse results may be freed (borrowed targets never), and those
  // are OwnedTarget.
  delete static_cast<OwnedTarget*>(in(target));
}

JX_API jx_status jx_target_kind_of(const jx_target* target, jx_target_kind* out) {
  return guarded(nullptr, [&] {
    const Target& t = target_of(target);
    require(out, "out");
    *out = to_c(t.kind());
  });
}

JX_API jx_status jx_target_text(const jx_target* target, jx_target_field field, const char** out) {
  return guarded(nullptr, [&] {
    target_of(target);
    lend(text_field(*in(target), field), out, nullptr);
  });
}

JX_API jx_status jx_target_text_n(const jx_target* target, jx_target_field field, const char** out, size_t* length) {
  return guarded(nullptr, [&] {
    target_of(target);
    require(out, "out");
    require(length, "length");
    lend(text_field(*in(target), field), out, length);
  });
}

JX_API jx_status jx_target_op(const jx_target* target, jx_compare_op* out) {
  return guarded(nullptr, [&] {
    const Target& t = target_of(target);
    require(out, "out");
    auto* c = std::get_if<CompareTarget>(&t.value);
    if (c == nullptr) not_of_kind(t, "jx_target_op");
    *out = to_c(c->op);
  });
}

JX_API jx_status jx_target_trend(const jx_target* target, jx_trend_direction* direction, jx_trend_basis* basis,
                                 int* has_by) {
  return guarded(nullptr, [&] {
    const Target& t = target_of(target);
    auto* tr = std::get_if<TrendTarget>(&t.value);
    if (tr == nullptr) not_of_kind(t, "jx_target_trend");
    if (direction != nullptr) *direction = to_c(tr->direction);
    if (basis != nullptr) *basis = to_c(tr->basis);
    if (has_by != nullptr) *has_by = tr->by.has_value() ? 1 : 0;
  });
}

JX_API jx_status jx_target_error_offset(const jx_target* target, uint64_t* out) {
  return guarded(nullptr, [&] {
    const Target& t = target_of(target);
    require(out, "out");
    auto* e = std::get_if<InvalidTarget>(&t.value);
    if (e == nullptr) not_of_kind(t, "jx_target_error_offset");
    *out = static_cast<uint64_t>(e->offset);
  });
}

JX_API jx_status jx_target_canonical(const jx_target* target, char* buf, size_t size, size_t* needed) {
  return guarded(nullptr, [&] {
    const Target& t = target_of(target);
    copy_to_buffer(t.valid() ? canonical(t) : t.raw, buf, size, needed);
  });
}

JX_API jx_status jx_target_canonical_alloc(const jx_target* target, char** out) {
  return guarded(nullptr, [&] {
    const Target& t = target_of(target);
    require(out, "out");
    give_string(t.valid() ? canonical(t) : t.raw, out, nullptr);
  });
}

JX_API jx_status jx_target_to_json(const jx_target* target, char** out, size_t* length) {
  return guarded(nullptr, [&] {
    const Target& t = target_of(target);
    require(out, "out");
    give_string(target_to_json(t), out, length);
  });
}

}  // extern "C"
