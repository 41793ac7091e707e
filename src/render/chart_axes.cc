#include "render/chart_axes.h"

#include <algorithm>
#include <cmath>

#include "render/chart.h"

namespace ankerbericht::chart {
namespace {

// Okabe-Ito colours (black and yellow left out), those too light for white
// paper darkened to 3:1 (orange, reddish purple, sky blue), in the order
// series get them after the primary colour.
constexpr Rgb kOkabeIto[] = {HexColor(0xBD8200), HexColor(0x0072B2), HexColor(0x009E73),
                             HexColor(0xC474A0), HexColor(0xD55E00), HexColor(0x4795C1)};

// Hue angle of |c| in degrees (0 for greys).
double Hue(Rgb c) {
  double mx = std::max({c.r, c.g, c.b}), mn = std::min({c.r, c.g, c.b}), d = mx - mn;
  if (d <= 1e-9) return 0;
  double h = mx == c.r   ? std::fmod((c.g - c.b) / d, 6.0)
             : mx == c.g ? (c.b - c.r) / d + 2
                         : (c.r - c.g) / d + 4;
  h *= 60;
  return h < 0 ? h + 360 : h;
}

double HueDistance(Rgb a, Rgb b) {
  double d = std::abs(Hue(a) - Hue(b));
  return std::min(d, 360 - d);
}

}  // namespace

std::vector<Rgb> SeriesPalette(Rgb primary) {
  // Greedy: a colour joins only if its hue is clearly apart from every one
  // taken so far (a green branding colour and Okabe-Ito's bluish green read
  // as "two greens"); the rest follow at the end for charts with many series.
  constexpr double kMinHueDistance = 30;
  std::vector<Rgb> taken = {primary}, rest;
  auto same = [&](Rgb c) {  // the primary colour itself, as a branding often is
    return std::abs(c.r - primary.r) + std::abs(c.g - primary.g) + std::abs(c.b - primary.b) < 0.06;
  };
  for (Rgb c : kOkabeIto) {
    if (same(c)) continue;  // a seventh series must not repeat the first one's colour
    bool apart = std::all_of(taken.begin(), taken.end(),
                             [&](Rgb t) { return HueDistance(c, t) >= kMinHueDistance; });
    (apart ? taken : rest).push_back(c);
  }
  // A dark grey has no hue to confuse: it comes before the colours that are
  // close to one already taken.
  taken.push_back(HexColor(0x595959));
  taken.insert(taken.end(), rest.begin(), rest.end());
  return taken;
}

Rgb SeriesColor(const Theme& theme, size_t i) {
  std::vector<Rgb> colors = SeriesPalette(theme.primary);
  return colors[i % colors.size()];
}

Rgb Mix(Rgb a, Rgb b, double t) {
  return Rgb{a.r + (b.r - a.r) * t, a.g + (b.g - a.g) * t, a.b + (b.b - a.b) * t};
}

Rgb TextOn(Rgb fill) {
  // White or black, whichever contrasts more, gives at least 4.58:1 on any
  // fill; the softer text colour replaces black where it reaches 4.5:1 too.
  constexpr Rgb kBlack{0, 0, 0};
  if (ContrastRatio(palette::kWhite, fill) >= ContrastRatio(kBlack, fill)) return palette::kWhite;
  return ContrastRatio(palette::kText, fill) >= 4.5 ? palette::kText : kBlack;
}

WidthFn Width(const MeasureFn& measure, FontStyle font, double size) {
  return [&measure, font, size](std::string_view s) { return measure(s, font, size); };
}

void AddTitle(const std::string& title, const MeasureFn& measure, const Theme& theme, Row* row,
              double* y) {
  if (title.empty()) return;
  double size = kTitleSize * theme.font_scale, leading = kTitleLeading * theme.font_scale;
  for (std::string& line :
       WrapText(title, theme.content_width(), Width(measure, FontStyle::kBold, size))) {
    row->ops.push_back(MakeText(theme.content_left, *y - BaselineOffset(leading, size),
                                std::move(line), FontStyle::kBold, size, palette::kText, measure));
    *y -= leading;
  }
  *y -= 4 * theme.font_scale;
}

void AddEmptyFrame(const std::string& message, const MeasureFn& measure, const Theme& theme,
                   Row* row, double* y) {
  double size = 9 * theme.font_scale, leading = 13 * theme.font_scale;
  double left = theme.content_left, width = theme.content_width();
  std::vector<std::string> lines =
      WrapText(message, width - 24, Width(measure, FontStyle::kRegular, size));
  double height = std::max(56.0, lines.size() * leading + 24);
  row->ops.push_back(RectOp{left, *y - height, width, height, kFrameFill, palette::kRule, 0.6});
  double line_y = *y - (height - lines.size() * leading) / 2;
  for (std::string& line : lines) {
    TextOp op = MakeText(0, line_y - BaselineOffset(leading, size), std::move(line),
                         FontStyle::kRegular, size, palette::kMuted, measure);
    op.x = left + (width - op.width) / 2;
    row->ops.push_back(std::move(op));
    line_y -= leading;
  }
  *y -= height;
}

void AddLegend(const std::vector<LegendItem>& items, const MeasureFn& measure, const Theme& theme,
               Row* row, double* y) {
  double f = theme.font_scale;
  double size = kLegendSize * f, leading = kLegendLeading * f, square = kSwatch * f;
  WidthFn w = Width(measure, FontStyle::kRegular, size);
  double x = theme.content_left;
  double baseline = *y - BaselineOffset(leading, size);
  for (const LegendItem& item : items) {
    double swatch = item.line ? 18 * f : square;
    std::string name = FitText(item.name, theme.content_width() - swatch - 4, w);
    double width = swatch + 4 + w(name);
    if (x > theme.content_left && x + width > theme.content_right) {
      x = theme.content_left;
      baseline -= leading;
      *y -= leading;
    }
    if (item.line) {
      double ly = baseline + size * 0.3;
      row->ops.push_back(LineOp{x, ly, x + swatch, ly, item.color, 1.6, item.dash});
    } else {
      row->ops.push_back(RectOp{x, baseline - 0.5 * f, square, square, item.color, {}, 0});
    }
    row->ops.push_back(MakeText(x + swatch + 4, baseline, std::move(name), FontStyle::kRegular,
                                size, palette::kText, measure));
    x += width + 14 * f;
  }
  *y -= leading + 4 * f;
}

TextOp Centered(double cx, double y, std::string text, Rgb color, const MeasureFn& measure,
                double size) {
  TextOp op = MakeText(0, y, std::move(text), FontStyle::kRegular, size, color, measure);
  op.x = cx - op.width / 2;
  return op;
}

std::vector<std::string> WrapLabel(const std::string& text, double width, size_t max_lines,
                                   const WidthFn& w, bool* shortened) {
  std::vector<std::string> lines = WrapText(text, width, w);
  if (lines.size() > max_lines) {
    std::string rest = lines[max_lines - 1];
    for (size_t i = max_lines; i < lines.size(); ++i) rest += " " + lines[i];
    lines.resize(max_lines);
    std::string cut = FitText(rest, width, w);
    if (cut == rest) cut = FitText(rest + "\u2026", width, w);
    lines.back() = cut;
    if (shortened) *shortened = true;
  }
  return lines;
}

void AddShortenedNote(const Theme& theme, const std::vector<std::string>& full_names,
                      const MeasureFn& measure, Row* row, double* y) {
  if (full_names.empty()) return;
  std::string text = theme.shortened;
  for (size_t i = 0; i < full_names.size(); ++i) text += (i ? "; " : " ") + full_names[i];
  double size = kNoteSize * theme.font_scale, leading = kNoteLeading * theme.font_scale;
  *y -= 3 * theme.font_scale;
  for (std::string& line :
       WrapText(text, theme.content_width(), Width(measure, FontStyle::kRegular, size))) {
    row->ops.push_back(MakeText(theme.content_left, *y - BaselineOffset(leading, size),
                                std::move(line), FontStyle::kRegular, size, palette::kMuted,
                                measure));
    *y -= leading;
  }
}

int TickDecimals(double step) {
  if (step >= 1) return 0;
  return std::min(10, static_cast<int>(std::ceil(-std::log10(step) - 1e-9)));
}

std::string ValueLabel(double v, const Locale& locale) {
  return locale.FormatNumber(v, v == std::floor(v) ? 0 : 1);
}

ValueAxis MakeValueAxis(double lo, double hi, bool integers, int target_ticks,
                        const MeasureFn& measure, const Theme& theme, bool percent) {
  ValueAxis a;
  a.ticks = NiceTicks(lo, hi, target_ticks, integers);
  double step = a.ticks.size() > 1 ? a.ticks[1] - a.ticks[0] : 1;
  WidthFn w = Width(measure, FontStyle::kRegular, kAxisSize * theme.font_scale);
  for (double t : a.ticks) {
    // Absurd magnitudes must not eat the plot: labels get at most a third.
    int decimals = TickDecimals(step);
    std::string label =
        percent ? theme.locale.FormatPercent(t, decimals) : theme.locale.FormatNumber(t, decimals);
    a.labels.push_back(FitText(label, theme.content_width() / 3, w));
    a.label_width = std::max(a.label_width, w(a.labels.back()));
  }
  return a;
}

}  // namespace ankerbericht::chart
