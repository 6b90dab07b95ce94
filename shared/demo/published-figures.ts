/**
 * The district's published figures the demo registry is shaped after (seed article, 2025
 * 朝阳区两会; see ../shared/reference/README.md), in 元 and counts at district scale. The demo
 * scales them by its size, so a tenth-size demo carries a tenth of each total.
 */

/** 2024年1–10月, 规模以上文化企业. */
export const publishedFigures2024JanOct = {
  period: '2024-10',
  aboveScaleFirms: 2762,
  revenueYuan: 263_370_000_000,
  coreDomainRevenueYuan: 200_440_000_000,
  /** 核心领域 同比 on the statistics office's comparable basis. */
  coreDomainYoyPercent: 2.7,
  digitalCultureRevenueYuan: 106_470_000_000,
  experimentalZoneFirms: 1533,
  experimentalZoneRevenueYuan: 136_560_000_000,
} as const;

/** 云园区: the enterprises and parks the district's platform serves. */
export const districtScale = { enterprises: 17_000, parks: 100 } as const;

/** Park events in 2024: 近2000余场, 超千万人次 (the demo takes "over ten million" as 10.2 million). */
export const parkEvents2024 = { events: 2000, visitors: 10_200_000 } as const;

/** 文化金融, cumulative: 3072 firms financed, 339.65亿元 in loans. */
export const financingToDate = { firms: 3072, amountYuan: 33_965_000_000 } as const;
