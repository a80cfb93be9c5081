package org.policyportal.web.insights;

import java.util.ArrayList;
import java.util.List;
import org.policyportal.insights.Timeline;

/**
 * Geometry of the timeline's SVG bar chart, computed here so the template only places elements (and escapes every
 * text). One bar per year; heights scale to the busiest year.
 *
 * @param width  viewBox width
 * @param height viewBox height
 * @param baseline y of the axis
 * @param bars   one bar per year
 * @param ticks  y-axis tick values with their y
 */
public record TimelineChart(int width, int height, int baseline, List<Bar> bars, List<Tick> ticks) {

    static final int BAR = 28;
    static final int GAP = 8;
    static final int LEFT = 40;
    static final int TOP = 16;
    static final int PLOT = 160;

    public TimelineChart {
        bars = List.copyOf(bars);
        ticks = List.copyOf(ticks);
    }

    /**
     * @param x x of the bar's left edge
     * @param y y of its top
     * @param h its height
     * @param labelX x of the year label's centre
     */
    public record Bar(int year, long documents, int x, int y, int h, int labelX, String url) {
    }

    public record Tick(long value, int y) {
    }

    static TimelineChart of(Timeline t) {
        long max = Math.max(1, t.max());
        int baseline = TOP + PLOT;
        List<Bar> bars = new ArrayList<>();
        int x = LEFT + GAP;
        for (Timeline.YearCount y : t.years()) {
            int h = (int) Math.round((double) y.documents() * PLOT / max);
            bars.add(new Bar(y.year(), y.documents(), x, baseline - h, h, x + BAR / 2, y.url()));
            x += BAR + GAP;
        }
        List<Tick> ticks = List.of(new Tick(0, baseline), new Tick(max, TOP));
        return new TimelineChart(Math.max(x, LEFT + 2 * GAP), baseline + 28, baseline, bars, ticks);
    }
}
