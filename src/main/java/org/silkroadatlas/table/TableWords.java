package org.silkroadatlas.table;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import org.silkroadatlas.model.CableKind;
import org.silkroadatlas.model.CableStatus;
import org.silkroadatlas.model.Country;
import org.silkroadatlas.model.Dataset;
import org.silkroadatlas.model.MembershipStatus;
import org.silkroadatlas.model.Organisation;
import org.silkroadatlas.model.Source;
import org.silkroadatlas.model.Zone;
import org.silkroadatlas.model.ZoneKind;
import org.silkroadatlas.text.Labels;

/** Every word the table shows, in one place, for the reader's language. */
public final class TableWords {
    private final Locale locale;

    public TableWords(Locale locale) { this.locale = locale == null ? Locale.ENGLISH : locale; }

    public Locale locale() { return locale; }

    private boolean chinese() { return "zh".equals(locale.getLanguage()); }

    String country() { return chinese() ? "国家" : "Country"; }

    String countryName(Country c) {
        return chinese() && c.nameZh() != null && !c.nameZh().isBlank() ? c.nameZh() : c.nameEn();
    }

    String zoneName(Zone z) {
        return chinese() && z.nameZh() != null && !z.nameZh().isBlank() ? z.nameZh() : z.nameEn();
    }

    String membership(Organisation org, MembershipStatus s, String since) {
        return Labels.organisation(org) + " " + Labels.status(s) + " (" + (chinese() ? "自 " : "since ") + since + ")";
    }

    String noStatus() { return chinese() ? "中国（地图参照）" : "China (the map's reference)"; }

    String cableKind(CableKind k) {
        if (chinese()) return k == CableKind.SUBMARINE ? "海底光缆" : "陆地光缆";
        return k == CableKind.SUBMARINE ? "Submarine cable" : "Terrestrial cable";
    }

    String cableStatus(CableStatus s) { return Labels.cableStatus(s); }

    String zoneKind(ZoneKind k) {
        String s = Labels.zoneKind(k);
        return s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
    }

    String zoneStanding() { return chinese() ? "已设立" : "standing"; }

    String zoneBatch(int batch) { return chinese() ? "第 " + batch + " 批" : "batch " + batch; }

    /** The first source's label, and how many more there are; "no source" never happens in a valid pack. */
    String sources(Dataset d, List<String> ids) {
        List<String> unique = new ArrayList<>(new LinkedHashSet<>(ids));
        if (unique.isEmpty()) return chinese() ? "无来源" : "no source";
        String first = d.source(unique.get(0)).map(Source::label).orElse(unique.get(0));
        int more = unique.size() - 1;
        if (more == 0) return first;
        return first + (chinese() ? "（另有 " + more + " 个）" : " (+" + more + " more)");
    }

    public String column(String key) {
        return switch (key) {
            case "kind" -> chinese() ? "类别" : "Kind";
            case "name" -> chinese() ? "名称" : "Name";
            case "status" -> chinese() ? "状态" : "Status";
            case "date" -> chinese() ? "日期" : "Date";
            case "countries" -> chinese() ? "国家" : "Countries";
            case "source" -> chinese() ? "来源" : "Source";
            default -> key;
        };
    }

    String filterPrompt() { return chinese() ? "筛选表格（名称、国家、状态……）" : "Filter the table (name, country, status…)"; }

    String tableAccessibleText() { return chinese() ? "地图所示内容的表格" : "Table of what the map shows"; }

    String tableHelp() {
        return chinese() ? "上下方向键逐行移动；选中一行即在地图和详情中选中它；点击列标题排序。"
                : "Up and Down move through the rows; the chosen row is selected on the map and in the detail panel; click a column header to sort.";
    }

    String count(int shown, int total, int year) {
        if (chinese()) return year + " 年地图所示 " + total + " 项" + (shown == total ? "" : "，筛选后 " + shown + " 项");
        return total + " things on the map in " + year + (shown == total ? "" : ", " + shown + " match the filter");
    }

    String empty() { return chinese() ? "地图当前没有显示任何内容。" : "The map shows nothing for this year and these filters."; }
}
