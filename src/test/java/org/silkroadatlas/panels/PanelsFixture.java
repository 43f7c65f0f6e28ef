package org.silkroadatlas.panels;

import java.util.ArrayList;
import java.util.List;
import org.silkroadatlas.model.Cable;
import org.silkroadatlas.model.CableKind;
import org.silkroadatlas.model.CableStatus;
import org.silkroadatlas.model.Confidence;
import org.silkroadatlas.model.Country;
import org.silkroadatlas.model.Dataset;
import org.silkroadatlas.model.Event;
import org.silkroadatlas.model.EventCategory;
import org.silkroadatlas.model.FigureValue;
import org.silkroadatlas.model.GeoPoint;
import org.silkroadatlas.model.Indicator;
import org.silkroadatlas.model.LandingPoint;
import org.silkroadatlas.model.Membership;
import org.silkroadatlas.model.MembershipStatus;
import org.silkroadatlas.model.Organisation;
import org.silkroadatlas.model.PartialDate;
import org.silkroadatlas.model.RoutePrecision;
import org.silkroadatlas.model.Source;
import org.silkroadatlas.model.Zone;
import org.silkroadatlas.model.ZoneKind;

/**
 * A small but realistic pack for panel tests, taken from ../shared/facts (dates, titles, WDI values).
 * One deliberate change: Pakistan's 2012 internet value is left out, so every test sees a gap.
 */
public final class PanelsFixture {
    private PanelsFixture() { }

    static final String WDI = "wdi-internet";
    static final String WDI_BB = "wdi-broadband";

    public static Dataset pack() {
        List<Source> sources = List.of(
                new Source(WDI, "Individuals using the Internet (% of population), IT.NET.USER.ZS", "World Bank WDI (ITU)", "2024-09-30",
                        "https://github.com/jerosmith/The-Digital-Divide---is-it-getting-better-or-worse", null),
                new Source(WDI_BB, "Fixed broadband subscriptions (per 100 people), IT.NET.BBND.P2", "World Bank WDI (ITU)", "2024-09-30",
                        "https://github.com/jerosmith/The-Digital-Divide---is-it-getting-better-or-worse", null),
                new Source("ecns-2017-06-10", "SCO expands to eight members", "ecns.cn", "2017-06-10", "http://ecns.cn/2017/06-10/260947.shtml", null),
                new Source("xinhua-2018-07-16", "China-Pakistan cross-border optical fibre cable opens", "Xinhua Silk Road", "2018-07-16",
                        "http://silkroad.news.cn/2018/0716/102902.shtml", null),
                new Source("hindu-2005", "India to join Shanghai group as observer", "The Hindu", "2005-07", "https://www.thehindu.com/todays-paper/tp-national/india-to-join-shanghai-group-as-observer/article27381151.ece", null),
                new Source("sco-2023", "New Delhi Declaration; Iran becomes a full member", "SCO Secretariat (reprint)", "2023-07-04", "https://eng.sectsco.org/", null),
                new Source("wikimili-sco", "Member states of the Shanghai Cooperation Organisation", "WikiMili", null, "https://wikimili.com/en/Member_states_of_the_Shanghai_Cooperation_Organisation", null),
                new Source("asean-overview", "Overview of ASEAN-China dialogue relations", "ASEAN Secretariat", null, "https://asean.org/?static_post=overview-asean-china-dialogue-relations", null),
                new Source("mofcom-2023-02-23", "165 cross-border e-commerce pilot zones in seven batches", "MOFCOM", "2023-02-23", "http://www.mofcom.gov.cn/", null),
                new Source("telegeography-2024", "Submarine Cable Map (per-cable records)", "TeleGeography", "2024-03-28", "https://www.submarinecablemap.com/", "CC BY-NC-SA 3.0"),
                new Source("tass-2025", "Wang Yi: SCO family now 27 countries", "TASS", "2025-09-01", "https://tass.com/world/2010381/amp", null),
                new Source("rmrb-2025", "Ren Min Ri Bao 2025-11-10", "People's Daily", "2025-11-10", null, null),
                new Source("cri-2017", "Xi calls for digital silk road", "CRI", "2017-05-14", "https://portuguese.cri.cn/1721/2017/05/14/268s231618.htm", null));

        List<Country> countries = new ArrayList<>();
        PartialDate founding = PartialDate.ofDay(2001, 6, 15);
        for (String[] c : new String[][] {{"CHN", "CN", "China", "中国"}, {"KAZ", "KZ", "Kazakhstan", "哈萨克斯坦"},
                {"KGZ", "KG", "Kyrgyzstan", "吉尔吉斯斯坦"}, {"RUS", "RU", "Russia", "俄罗斯"}, {"TJK", "TJ", "Tajikistan", "塔吉克斯坦"},
                {"UZB", "UZ", "Uzbekistan", "乌兹别克斯坦"}}) {
            List<Membership> ms = new ArrayList<>();
            ms.add(new Membership(Organisation.SCO, MembershipStatus.MEMBER, founding, null, null, List.of("wikimili-sco"), Confidence.HIGH, null));
            if (c[0].equals("CHN")) ms.add(new Membership(Organisation.ASEAN, MembershipStatus.DIALOGUE_PARTNER, PartialDate.ofMonth(1996, 7), null, null, List.of("asean-overview"), Confidence.HIGH, null));
            if (c[0].equals("RUS")) ms.add(new Membership(Organisation.ASEAN, MembershipStatus.DIALOGUE_PARTNER, PartialDate.ofMonth(1996, 7), null, null, List.of("asean-overview"), Confidence.HIGH, "one ASEAN page says 1997"));
            countries.add(new Country(c[0], c[1], c[2], c[3], null, ms, List.of("wikimili-sco")));
        }
        PartialDate observers = PartialDate.ofDay(2005, 7, 5);
        PartialDate accession2017 = PartialDate.ofDay(2017, 6, 9);
        countries.add(new Country("PAK", "PK", "Pakistan", "巴基斯坦", new GeoPoint(33.69, 73.06), List.of(
                new Membership(Organisation.SCO, MembershipStatus.OBSERVER, observers, accession2017, null, List.of("hindu-2005"), Confidence.MEDIUM, "start date from a pre-summit report"),
                new Membership(Organisation.SCO, MembershipStatus.MEMBER, accession2017, null, "Astana summit", List.of("ecns-2017-06-10"), Confidence.HIGH, null)),
                List.of("wikimili-sco")));
        countries.add(new Country("IND", "IN", "India", "印度", new GeoPoint(28.61, 77.21), List.of(
                new Membership(Organisation.SCO, MembershipStatus.OBSERVER, observers, accession2017, null, List.of("hindu-2005"), Confidence.MEDIUM, null),
                new Membership(Organisation.SCO, MembershipStatus.MEMBER, accession2017, null, "Astana summit", List.of("ecns-2017-06-10"), Confidence.HIGH, null),
                new Membership(Organisation.ASEAN, MembershipStatus.DIALOGUE_PARTNER, PartialDate.ofMonth(1995, 12), null, null, List.of("asean-overview"), Confidence.MEDIUM, "some sources say 1996")),
                List.of("wikimili-sco")));
        countries.add(new Country("IRN", "IR", "Iran", "伊朗", new GeoPoint(35.69, 51.39), List.of(
                new Membership(Organisation.SCO, MembershipStatus.OBSERVER, observers, PartialDate.ofDay(2023, 7, 4), null, List.of("hindu-2005"), Confidence.MEDIUM, null),
                new Membership(Organisation.SCO, MembershipStatus.MEMBER, PartialDate.ofDay(2023, 7, 4), null, "New Delhi summit", List.of("sco-2023"), Confidence.HIGH, null)),
                List.of("wikimili-sco")));
        PartialDate bangkok = PartialDate.ofDay(1967, 8, 8);
        for (String[] c : new String[][] {{"IDN", "ID", "Indonesia", "印度尼西亚"}, {"MYS", "MY", "Malaysia", "马来西亚"},
                {"PHL", "PH", "Philippines", "菲律宾"}, {"SGP", "SG", "Singapore", "新加坡"}, {"THA", "TH", "Thailand", "泰国"}}) {
            countries.add(new Country(c[0], c[1], c[2], c[3], null, List.of(
                    new Membership(Organisation.ASEAN, MembershipStatus.MEMBER, bangkok, null, "Bangkok Declaration", List.of("asean-overview"), Confidence.HIGH, null)),
                    List.of("asean-overview")));
        }
        countries.add(new Country("VNM", "VN", "Viet Nam", "越南", null, List.of(
                new Membership(Organisation.ASEAN, MembershipStatus.MEMBER, PartialDate.ofDay(1995, 7, 28), null, null, List.of("asean-overview"), Confidence.HIGH, null)),
                List.of("asean-overview")));
        countries.add(new Country("LAO", "LA", "Laos", "老挝", null, List.of(
                new Membership(Organisation.ASEAN, MembershipStatus.MEMBER, PartialDate.ofDay(1997, 7, 23), null, null, List.of("asean-overview"), Confidence.HIGH, null),
                new Membership(Organisation.SCO, MembershipStatus.PARTNER, PartialDate.ofDay(2025, 9, 1), null, "Tianjin summit", List.of("tass-2025"), Confidence.MEDIUM, "SCO Secretariat wording is \"dialogue partner\"")),
                List.of("asean-overview")));
        countries.add(new Country("MMR", "MM", "Myanmar", "缅甸", null, List.of(
                new Membership(Organisation.ASEAN, MembershipStatus.MEMBER, PartialDate.ofDay(1997, 7, 23), null, null, List.of("asean-overview"), Confidence.HIGH, null)),
                List.of("asean-overview")));

        List<Cable> cables = List.of(
                new Cable("china-pakistan-cable", "China-Pakistan Fibre Optic Project (Khunjerab-Rawalpindi)", CableKind.TERRESTRIAL, CableStatus.IN_SERVICE,
                        PartialDate.ofDay(2018, 7, 13), 820.0, List.of("CHN", "PAK"), List.of("Special Communications Organization", "Huawei"),
                        List.of(new LandingPoint("Khunjerab Pass", "PAK", new GeoPoint(36.85, 75.43)), new LandingPoint("Rawalpindi", "PAK", new GeoPoint(33.6, 73.04))),
                        List.of(List.of(new GeoPoint(36.85, 75.43), new GeoPoint(35.92, 74.31), new GeoPoint(33.6, 73.04))),
                        RoutePrecision.SCHEMATIC, List.of("xinhua-2018-07-16"), Confidence.HIGH, null),
                new Cable("peace", "PEACE Cable", CableKind.SUBMARINE, CableStatus.IN_SERVICE, PartialDate.ofMonth(2022, 3), 25000.0,
                        List.of("PAK", "EGY", "KEN", "FRA", "SGP", "CHN"), List.of("PEACE Cable International Network Co."),
                        List.of(new LandingPoint("Karachi", "PAK", new GeoPoint(24.86, 67.0)), new LandingPoint("Marseille", "FRA", new GeoPoint(43.3, 5.37)),
                                new LandingPoint("Mombasa", "KEN", null)),
                        List.of(List.of(new GeoPoint(24.86, 67.0), new GeoPoint(12.5, 50.0), new GeoPoint(43.3, 5.37))),
                        RoutePrecision.SCHEMATIC, List.of("telegeography-2024"), Confidence.MEDIUM, "RFS 2022-03 per TeleGeography, 2022-09-07 per PTA"),
                new Cable("smw-6", "SeaMeWe-6", CableKind.SUBMARINE, CableStatus.PLANNED, PartialDate.ofYear(2026), null,
                        List.of("SGP", "MYS", "PAK", "FRA"), List.of("China Unicom", "Orange"), List.of(), List.of(),
                        RoutePrecision.ENDPOINTS_ONLY, List.of("telegeography-2024"), Confidence.MEDIUM, null),
                new Cable("sjc2", "Southeast Asia-Japan Cable 2", CableKind.SUBMARINE, CableStatus.IN_SERVICE, PartialDate.ofQuarter(2025, 3), 10500.0,
                        List.of("CHN", "SGP", "THA", "VNM"), List.of("China Mobile"), List.of(), List.of(),
                        RoutePrecision.SCHEMATIC, List.of("telegeography-2024"), Confidence.HIGH, null));

        List<Zone> zones = new ArrayList<>();
        zones.add(new Zone("CBEC-1-01", "Hangzhou", "杭州", ZoneKind.CBEC_PILOT_ZONE, "Hangzhou", "Zhejiang", "CHN", new GeoPoint(30.27, 120.16),
                PartialDate.ofMonth(2015, 3), 1, null, null, List.of("mofcom-2023-02-23"), Confidence.HIGH, null));
        String[] batch2 = {"Tianjin", "Shanghai", "Chongqing"};
        for (int i = 0; i < batch2.length; i++) {
            zones.add(new Zone("CBEC-2-0" + (i + 1), batch2[i], null, ZoneKind.CBEC_PILOT_ZONE, batch2[i], null, "CHN", null,
                    PartialDate.ofMonth(2016, 1), 2, null, null, List.of("mofcom-2023-02-23"), Confidence.HIGH, null));
        }
        zones.add(new Zone("CBEC-4-10", "Haikou", "海口", ZoneKind.CBEC_PILOT_ZONE, "Haikou", "Hainan", "CHN", new GeoPoint(20.04, 110.34),
                PartialDate.ofMonth(2019, 12), 4, PartialDate.ofMonth(2025, 4), null, List.of("mofcom-2023-02-23"), Confidence.HIGH,
                "revoked when the island-wide Hainan zone was created"));
        String[] batch5 = {"Xiong'an", "Datong", "Manzhouli", "Yingkou", "Taizhou"};
        for (int i = 0; i < batch5.length; i++) {
            zones.add(new Zone("CBEC-5-0" + (i + 1), batch5[i], null, ZoneKind.CBEC_PILOT_ZONE, batch5[i], null, "CHN", null,
                    PartialDate.ofMonth(2020, 4), 5, null, i == 0 ? "no coordinates found" : null, List.of("mofcom-2023-02-23"), Confidence.HIGH, null));
        }

        List<Event> events = List.of(
                new Event("asean-founded", PartialDate.ofDay(1967, 8, 8), "ASEAN founded", EventCategory.MEMBERSHIP,
                        List.of("IDN", "MYS", "PHL", "SGP", "THA"), List.of(), "Five states signed the Bangkok Declaration creating ASEAN.", List.of("asean-overview"), Confidence.HIGH),
                new Event("sco-observers-2005", observers, "India, Pakistan and Iran become SCO observers", EventCategory.MEMBERSHIP,
                        List.of("IND", "PAK", "IRN"), List.of(), "Observer status was granted at the Astana summit of 5-6 July 2005.", List.of("hindu-2005"), Confidence.MEDIUM),
                new Event("bri-launch", PartialDate.ofMonth(2013, 10), "Maritime Silk Road proposed in Jakarta", EventCategory.AGREEMENT,
                        List.of("CHN", "IDN"), List.of(), "Xi proposed the 21st-century Maritime Silk Road before Indonesia's parliament.", List.of("cri-2017"), Confidence.HIGH),
                new Event("acfta-2", PartialDate.ofYear(2015), "ACFTA upgrade protocol signed", EventCategory.TRADE,
                        List.of("CHN", "IDN", "MYS", "PHL", "SGP", "THA", "VNM", "LAO", "MMR"), List.of(), "The China-ASEAN FTA 2.0 protocol was signed.", List.of("asean-overview"), Confidence.HIGH),
                new Event("cbec-batch-1", PartialDate.ofMonth(2015, 3), "First cross-border e-commerce pilot zone (Hangzhou)", EventCategory.ZONE,
                        List.of("CHN"), List.of("CBEC-1-01"), "The State Council approved Hangzhou as the first comprehensive pilot zone.", List.of("mofcom-2023-02-23"), Confidence.HIGH),
                new Event("dsr-call-2017", PartialDate.ofDay(2017, 5, 14), "Xi calls for a \"digital silk road of the 21st century\"", EventCategory.AGREEMENT,
                        List.of("CHN"), List.of(), "Opening the first BRF, Xi urged cooperation on the digital economy.", List.of("cri-2017"), Confidence.HIGH),
                new Event("ind-pak-sco-2017", accession2017, "India and Pakistan become SCO members", EventCategory.MEMBERSHIP,
                        List.of("IND", "PAK"), List.of(), "At the Astana summit the SCO expanded to eight members.", List.of("ecns-2017-06-10"), Confidence.HIGH),
                new Event("china-pakistan-cable-2018", PartialDate.ofDay(2018, 7, 13), "China-Pakistan cross-border fibre-optic cable inaugurated", EventCategory.CABLE,
                        List.of("CHN", "PAK"), List.of("china-pakistan-cable"), "The 820 km Khunjerab-Rawalpindi land cable was formally opened in Islamabad.",
                        List.of("xinhua-2018-07-16"), Confidence.HIGH),
                new Event("cbec-batch-5", PartialDate.ofMonth(2020, 4), "Fifth batch: 46 cross-border e-commerce pilot zones", EventCategory.ZONE,
                        List.of("CHN"), List.of("CBEC-5-01", "CBEC-5-02", "CBEC-5-03", "CBEC-5-04", "CBEC-5-05"), "The State Council approved 46 more zones.",
                        List.of("mofcom-2023-02-23"), Confidence.HIGH),
                new Event("rcep-signed", PartialDate.ofDay(2020, 11, 15), "RCEP signed", EventCategory.TRADE,
                        List.of("CHN", "IDN", "MYS", "PHL", "SGP", "THA", "VNM", "LAO", "MMR"), List.of(), "Fifteen economies signed the RCEP.", List.of("asean-overview"), Confidence.HIGH),
                new Event("iran-sco-2023", PartialDate.ofDay(2023, 7, 4), "Iran becomes a full SCO member", EventCategory.MEMBERSHIP,
                        List.of("IRN"), List.of(), "At the virtual New Delhi summit Iran joined as the ninth member.", List.of("sco-2023"), Confidence.HIGH),
                new Event("tianjin-2025", PartialDate.ofDay(2025, 9, 1), "Tianjin summit merges observers and dialogue partners; Laos joins", EventCategory.MEMBERSHIP,
                        List.of("CHN", "LAO"), List.of(), "The Tianjin Declaration created a single SCO partner status.", List.of("tass-2025"), Confidence.HIGH));

        List<Indicator> indicators = List.of(
                new Indicator("individuals_using_internet", "Individuals using the Internet", "互联网用户占比", "percent of population",
                        "Share of the population who used the Internet in the last three months.", "World Bank WDI IT.NET.USER.ZS"),
                new Indicator("fixed_broadband_subscriptions", "Fixed broadband subscriptions", "固定宽带订阅", "per 100 people",
                        "Fixed broadband subscriptions per 100 people.", "World Bank WDI IT.NET.BBND.P2"),
                new Indicator("countries_in_sco_family", "Countries in the SCO family", "上合组织大家庭国家数", "count",
                        "Members plus observers and dialogue partners (or partners).", "statements"));

        List<FigureValue> figures = new ArrayList<>();
        for (String line : SERIES) {
            String[] parts = line.split(" ");
            String source = parts[0].startsWith("individuals") ? WDI : WDI_BB;
            for (int i = 2; i < parts.length; i++) {
                String[] yv = parts[i].split("=");
                int year = Integer.parseInt(yv[0]);
                if (parts[1].equals("PAK") && parts[0].startsWith("individuals") && year == 2012) continue;
                figures.add(new FigureValue(parts[0], parts[1], year, Double.parseDouble(yv[1]), null, "WDI 2024-09-30", List.of(source), Confidence.HIGH, null));
            }
        }
        figures.add(new FigureValue("countries_in_sco_family", "SCO", 2025, 26.0, null, "2025-09-01", List.of("rmrb-2025"), Confidence.HIGH,
                "10 members + 2 observers + 14 dialogue partners, before Laos"));
        figures.add(new FigureValue("countries_in_sco_family", "SCO", 2025, 27.0, null, "2025-09-01", List.of("tass-2025"), Confidence.HIGH,
                "10 members + 17 partners after Laos joined"));

        return new Dataset(countries, cables, zones, events, indicators, figures, sources, List.of(), "test fixture (from ../shared/facts)");
    }

    /** WDI values from ../shared/facts/figures.csv, 2005 onwards: indicator, geography, year=value... */
    private static final String[] SERIES = {
            "individuals_using_internet PAK 2005=6.33 2006=6.5 2007=6.8 2008=7.0 2009=7.5 2010=8.0 2011=8.0 2012=8.1 2013=9.0 2014=10.0 2015=11.0 2016=12.39 2017=13.78 2018=15.34 2019=17.07 2020=18.93 2021=21.04",
            "individuals_using_internet CHN 2005=8.52 2006=10.52 2007=16.0 2008=22.6 2009=28.9 2010=34.3 2011=38.3 2012=42.3 2013=45.8 2014=47.9 2015=50.3 2016=53.2 2017=54.3 2018=59.2 2019=64.08 2020=70.05 2021=73.05 2022=75.61",
            "individuals_using_internet IND 2005=2.39 2006=2.81 2007=3.95 2008=4.38 2009=5.12 2010=7.5 2011=10.07 2012=11.1 2013=12.3 2014=13.5 2015=14.9 2016=16.5 2017=18.2 2018=20.08 2019=29.52 2020=43.41 2021=46.31",
            "individuals_using_internet IRN 2005=8.1 2006=8.76 2007=9.47 2008=12.02 2009=13.8 2010=15.9 2011=19.0 2012=22.73 2013=29.95 2014=39.35 2015=45.33 2016=53.23 2017=64.04 2018=70.2 2019=72.45 2020=75.57 2021=78.6",
            "individuals_using_internet KAZ 2005=2.96 2006=3.27 2007=4.02 2008=11.0 2009=18.2 2010=31.6 2011=50.6 2012=61.91 2013=63.3 2014=66.0 2015=70.83 2016=74.59 2017=76.43 2018=78.9 2019=81.88 2020=85.94 2021=90.92 2022=92.3",
            "individuals_using_internet RUS 2005=15.23 2006=18.02 2007=24.66 2008=32.0 2009=42.55 2010=49.0 2011=58.0 2012=66.0 2013=67.97 2014=70.52 2015=70.1 2016=73.09 2017=76.01 2018=80.86 2019=82.64 2020=84.99 2021=88.21 2022=90.42",
            "individuals_using_internet KGZ 2005=10.53 2006=12.31 2007=14.03 2008=15.7 2009=16.0 2010=16.3 2011=17.5 2012=19.8 2013=23.0 2014=28.3 2015=30.25 2016=40.5 2017=50.8 2018=57.1 2019=64.1 2020=72.0 2021=77.92",
            "individuals_using_internet TJK 2005=0.3 2006=3.77 2007=7.2 2008=8.78 2009=10.07 2010=11.55 2011=13.03 2012=14.51 2013=16.0 2014=17.49 2015=18.98 2016=20.47 2017=21.96",
            "individuals_using_internet UZB 2005=3.34 2006=6.39 2007=7.49 2008=9.08 2009=11.9 2010=15.9 2011=18.6 2012=23.6 2013=26.8 2014=35.5 2015=42.8 2016=46.79 2017=48.7 2018=55.2 2019=70.4 2020=71.1 2021=76.59",
            "individuals_using_internet IDN 2005=3.6 2006=4.76 2007=5.79 2008=7.92 2009=6.92 2010=10.92 2011=12.28 2012=14.52 2013=14.94 2014=17.14 2015=22.06 2016=25.45 2017=32.34 2018=39.9 2019=47.69 2020=53.73 2021=62.1 2022=66.48",
            "individuals_using_internet MYS 2005=48.63 2006=51.64 2007=55.7 2008=55.8 2009=55.9 2010=56.3 2011=61.0 2012=65.8 2013=57.06 2014=63.67 2015=71.06 2016=78.79 2017=80.14 2018=81.2 2019=84.19 2020=89.56 2021=96.75 2022=97.4",
            "individuals_using_internet SGP 2005=61.0 2006=59.0 2007=69.9 2008=69.0 2009=69.0 2010=71.0 2011=71.0 2012=72.0 2013=80.9 2014=82.1 2015=83.2 2016=84.45 2017=84.45 2018=88.17 2019=88.95 2020=92.0 2021=96.92 2022=95.95",
            "individuals_using_internet THA 2005=15.03 2006=17.16 2007=20.03 2008=18.2 2009=20.1 2010=22.4 2011=23.67 2012=26.46 2013=28.94 2014=34.89 2015=39.32 2016=47.5 2017=52.89 2018=56.82 2019=66.65 2020=77.84 2021=85.27 2022=87.98",
            "individuals_using_internet PHL 2005=5.4 2006=5.74 2007=5.97 2008=6.22 2009=9.0 2010=25.0 2011=29.0 2012=30.8 2013=32.7 2014=34.7 2015=36.9 2016=39.2 2017=41.6 2018=44.1 2019=43.03 2020=47.11 2021=52.68",
            "individuals_using_internet VNM 2005=12.74 2006=17.25 2007=20.76 2008=23.92 2009=26.55 2010=30.65 2011=35.07 2012=36.8 2013=38.5 2014=41.0 2015=45.0 2016=53.0 2017=58.14 2018=69.85 2019=68.66 2020=70.3 2021=74.21 2022=78.59",
            "individuals_using_internet LAO 2005=0.85 2006=1.17 2007=1.64 2008=3.55 2009=6.0 2010=7.0 2011=9.0 2012=10.75 2013=12.5 2014=14.26 2015=18.2 2016=21.87 2017=25.51 2018=36.3 2019=47.03 2020=54.0 2021=62.0",
            "individuals_using_internet MMR 2005=0.07 2006=0.18 2007=0.22 2008=0.22 2009=0.22 2010=0.25 2011=0.98 2012=1.4 2013=1.8 2014=7.4 2015=10.9 2016=16.0 2017=23.62 2018=28.7 2019=30.64 2020=41.95 2021=44.02",
            "individuals_using_internet WORLD 2005=15.67 2006=17.43 2007=20.35 2008=23.01 2009=25.56 2010=28.8 2011=31.21 2012=33.71 2013=35.65 2014=37.88 2015=40.27 2016=43.22 2017=45.54 2018=49.16 2019=53.75 2020=59.57 2021=63.07",
            "fixed_broadband_subscriptions PAK 2005=0.01 2006=0.01 2007=0.02 2008=0.09 2009=0.21 2010=0.41 2011=0.59 2012=0.75 2013=0.79 2014=0.96 2015=0.85 2016=1.17 2017=1.07 2018=0.98 2019=0.91 2020=1.08 2021=1.27 2022=1.33",
            "fixed_broadband_subscriptions CHN 2005=2.86 2006=3.87 2007=5.03 2008=6.23 2009=7.76 2010=9.37 2011=11.53 2012=12.82 2013=13.73 2014=14.47 2015=19.88 2016=23.01 2017=27.95 2018=28.75 2019=31.6 2020=33.93 2021=37.58 2022=41.35",
            "fixed_broadband_subscriptions IND 2005=0.12 2006=0.2 2007=0.26 2008=0.44 2009=0.63 2010=0.89 2011=1.06 2012=1.18 2013=1.16 2014=1.2 2015=1.28 2016=1.39 2017=1.32 2018=1.33 2019=1.39 2020=1.64 2021=1.96 2022=2.36",
            "fixed_broadband_subscriptions IRN 2006=0.14 2007=0.28 2008=0.41 2009=0.54 2010=1.31 2011=2.78 2012=4.92 2013=6.58 2014=7.69 2015=8.08 2016=9.13 2017=10.18 2018=11.45 2019=9.97 2020=10.96 2021=12.14 2022=12.34",
            "fixed_broadband_subscriptions KAZ 2005=0.02 2006=0.19 2007=1.69 2008=2.08 2009=3.52 2010=5.23 2011=7.08 2012=9.57 2013=11.29 2014=12.21 2015=12.9 2016=13.0 2017=14.07 2018=13.28 2019=13.4 2020=13.81 2021=14.34 2022=15.35",
            "fixed_broadband_subscriptions RUS 2005=1.11 2006=2.02 2007=3.42 2008=6.48 2009=9.0 2010=10.94 2011=12.27 2012=14.53 2013=16.45 2014=17.25 2015=18.54 2016=18.95 2017=21.37 2018=22.0 2019=22.52 2020=23.23 2021=23.73",
            "fixed_broadband_subscriptions KGZ 2005=0.04 2006=0.05 2007=0.06 2008=0.36 2009=0.32 2010=0.42 2011=0.7 2012=0.97 2013=2.38 2014=2.94 2015=3.58 2016=4.0 2017=4.22 2018=4.03 2019=4.26 2020=4.5 2021=4.43",
            "fixed_broadband_subscriptions TJK 2007=0.05 2008=0.05 2009=0.06 2010=0.06 2011=0.06 2012=0.07 2013=0.07 2014=0.07 2015=0.07 2016=0.07 2017=0.07 2019=0.06 2020=0.06 2021=0.06",
            "fixed_broadband_subscriptions UZB 2005=0.03 2006=0.03 2007=0.07 2008=0.24 2009=0.32 2010=0.41 2011=0.51 2012=0.75 2013=1.02 2014=2.69 2015=5.78 2016=8.73 2017=10.39 2018=12.71 2019=10.55 2020=15.84 2021=22.0 2022=26.03",
            "fixed_broadband_subscriptions IDN 2005=0.05 2006=0.08 2007=0.33 2008=0.41 2009=0.77 2010=0.93 2011=1.11 2012=1.19 2013=1.28 2014=1.33 2015=1.54 2016=2.0 2017=2.35 2018=3.32 2019=3.81 2020=4.31 2021=4.54 2022=4.88",
            "fixed_broadband_subscriptions MYS 2005=1.86 2006=2.83 2007=3.82 2008=4.81 2009=5.51 2010=7.3 2011=8.59 2012=9.85 2013=9.75 2014=10.0 2015=9.86 2016=8.62 2017=8.41 2018=8.32 2019=9.04 2020=10.12 2021=11.12 2022=12.44",
            "fixed_broadband_subscriptions SGP 2005=15.1 2006=17.56 2007=19.86 2008=22.14 2009=24.62 2010=25.92 2011=26.66 2012=26.63 2013=27.26 2014=26.46 2015=26.3 2016=27.87 2017=25.6 2018=25.69 2019=25.64 2020=25.55 2021=25.69 2022=37.36",
            "fixed_broadband_subscriptions THA 2005=0.84 2006=1.35 2007=1.94 2008=3.08 2009=3.87 2010=4.76 2011=5.67 2012=6.53 2013=7.46 2014=7.78 2015=8.86 2016=10.22 2017=11.58 2018=12.92 2019=14.18 2020=16.06 2021=17.35 2022=18.45",
            "fixed_broadband_subscriptions PHL 2005=0.14 2006=0.3 2007=0.55 2008=1.15 2009=1.85 2011=1.86 2012=2.19 2013=2.58 2014=2.86 2015=2.81 2016=2.85 2017=3.18 2018=3.49 2019=5.72 2020=7.07 2021=8.45 2022=7.57",
            "fixed_broadband_subscriptions VNM 2005=0.25 2006=0.62 2007=1.53 2008=2.39 2009=3.72 2010=4.2 2011=4.34 2012=5.35 2013=5.71 2014=6.58 2015=8.31 2016=9.77 2017=11.99 2018=13.69 2019=15.46 2020=17.28 2021=19.83 2022=21.65",
            "fixed_broadband_subscriptions LAO 2005=0.01 2006=0.01 2007=0.02 2008=0.05 2009=0.07 2010=0.09 2011=0.1 2012=0.12 2013=0.14 2014=0.24 2015=0.21 2016=0.35 2017=0.39 2018=0.64 2019=1.06 2020=1.68 2021=2.03",
            "fixed_broadband_subscriptions MMR 2005=0.0 2006=0.01 2007=0.01 2008=0.02 2009=0.05 2010=0.05 2011=0.04 2015=0.06 2016=0.17 2017=0.21 2018=0.25 2019=0.92 2020=1.29 2021=1.66 2022=2.08",
            "fixed_broadband_subscriptions WORLD 2005=3.66 2006=4.65 2007=5.36 2008=6.25 2009=7.07 2010=7.82 2011=8.95 2012=9.31 2013=9.72 2014=10.14 2015=11.45 2016=12.35 2017=13.66 2018=14.46 2019=14.77 2020=15.79 2021=16.91 2022=18.43",
    };
}
