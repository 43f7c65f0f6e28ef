package org.silkroadatlas.model;

public enum Organisation {
    SCO("Shanghai Cooperation Organisation", "上海合作组织"),
    ASEAN("Association of Southeast Asian Nations", "东南亚国家联盟");

    private final String nameEn;
    private final String nameZh;

    Organisation(String nameEn, String nameZh) { this.nameEn = nameEn; this.nameZh = nameZh; }

    public String nameEn() { return nameEn; }
    public String nameZh() { return nameZh; }
}
