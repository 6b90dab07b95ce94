/**
 * The 16 real Chaoyang culture-industry parks of ../shared/reference/parks.csv, encoded as typed
 * constants: the demo registry uses their names and exactly the facts the sources state. A blank
 * in the CSV stays absent here; it is never filled by guessing.
 *
 * Certifications list only tiers of the 2018 认定办法 with a stated year. Other titles (the
 * pre-2018 文化创意产业示范园区 and 文创基地, national bases, self-described titles) are not such
 * tiers; they are kept word for word in `levelText`, which the demo shows in the park's notes.
 * 首批市级文化产业园区 was launched in 2018 and reported in 2019: the demo dates it 2019, the
 * year it was reported, and says so in its source.
 */
import type { Certification } from '../parks/park';
import type { IsoDate } from '../dates/iso-date';

export interface RealParkFacts {
  readonly name: string;
  readonly alias?: string;
  /** The 街道/地区 as the source names it. */
  readonly streetName?: string;
  /** The CSV's level column, word for word. */
  readonly levelText?: string;
  /** The CSV's certified_year column, word for word. */
  readonly certifiedYearText?: string;
  /** The CSV's operator column, word for word. */
  readonly operator?: string;
  /** The CSV's theme column split at "/". */
  readonly themes: readonly string[];
  readonly certifications: readonly Certification[];
  readonly openedOn?: IsoDate;
  readonly sources: readonly string[];
}

const sourceArticle = 'source article (国家文创实验区打造数字文化产业发展高地, 2025 朝阳区两会)';
const firstBatchSource = '首批市级文化产业园区（2018启动/2019报道）';

export const realParks: readonly RealParkFacts[] = [
  {
    name: '798艺术区',
    alias: '798',
    streetName: '酒仙桥街道',
    levelText:
      '市级文化产业示范园区; 首批市级文化产业园区; 国家级文化产业示范园区创建资格(2020-12公示)',
    certifiedYearText: '首批(2018启动/2019报道); 示范2020',
    operator: '北京七九八文化科技有限公司(北京电子控股; 原由七星华电集团管理)',
    themes: ['当代艺术'],
    certifications: [
      { year: 2019, tier: 'municipal', source: firstBatchSource },
      { year: 2020, tier: 'municipal-demonstration', source: '示范2020' },
    ],
    sources: [
      'https://digitalpaper.stdaily.com/http_www.kjrb.com/kjrb/html/2020-08/28/content_452603.htm',
      'https://m.news.shi-fen.com/china/201905/50-339696.html',
      'http://qccia.com/news/park/2020/1210/10867.html',
      'http://news.mt5.net.cn/kuaixun/202407/399813.html',
      'https://m.gzjll.com/3/5918119.html',
      'https://ppfocus.com/0/tr6ac8e1c.html',
    ],
  },
  {
    name: '751D·PARK北京时尚设计广场',
    alias: '751',
    levelText: '市级文化产业示范园区; 首批市级文化产业园区; 国家工业旅游示范基地(2022)',
    certifiedYearText: '首批(2018启动/2019报道); 示范2020',
    operator: '2024-06起与798统一运营(北京电子控股文创科技平台)',
    themes: ['时尚设计'],
    certifications: [
      { year: 2019, tier: 'municipal', source: firstBatchSource },
      { year: 2020, tier: 'municipal-demonstration', source: '示范2020' },
    ],
    sources: [
      'https://digitalpaper.stdaily.com/http_www.kjrb.com/kjrb/html/2020-08/28/content_452603.htm',
      'https://m.news.shi-fen.com/china/201905/50-339696.html',
      'http://news.mt5.net.cn/kuaixun/202407/399813.html',
      'http://zgkjsz.com/page/2023/0207/21765856.shtml',
    ],
  },
  {
    name: '郎园Vintage文化创意产业园',
    alias: '郎园Vintage',
    levelText: '市级文化产业示范园区',
    certifiedYearText: '2020(示范)',
    operator: '首创郎园(首创城发集团,原首创置业)',
    themes: ['文化传媒', '内容创意'],
    certifications: [{ year: 2020, tier: 'municipal-demonstration', source: '2020(示范)' }],
    sources: [
      'https://digitalpaper.stdaily.com/http_www.kjrb.com/kjrb/html/2020-08/28/content_452603.htm',
      'http://zixun.gxcbt.com/gdxw/2023/0406/68023.html',
      'http://www.tt686.com/qzkx/show-40090.html',
      'http://kmcjzl.com/chanpin/5072.html',
    ],
  },
  {
    name: '郎园Station',
    streetName: '东坝地区',
    levelText: '北京市首批新消费品牌孵化基地; 市级园区认定未确认',
    operator: '首创郎园',
    themes: ['数字影视', '后期', 'AIGC视听'],
    certifications: [],
    sources: [
      'http://zixun.gxcbt.com/gdxw/2023/0406/68023.html',
      'http://ent.sina.com/bg/2018-12-06/doc-iwcesfpq9876986.shtml',
      'https://freewechat.com/a/MjM5MTcyNjM4NQ==/2649275439/1',
      'http://fwjy.com.cn/xianxiapeiziguanwang/268233.html',
      'http://www.tyjgjz.com/cn/Instant/local/202301/t20230128_7349629.html',
    ],
  },
  {
    name: '莱锦文化创意产业园',
    alias: '莱锦',
    levelText: '市级文化产业示范园区(2020); 北京市首批市级文化创意产业示范园区(2015)',
    certifiedYearText: '2015; 2020',
    operator: '北京市国有资产经营公司与北京纺织集团合作建设',
    themes: ['传媒出版'],
    certifications: [
      { year: 2020, tier: 'municipal-demonstration', source: '市级文化产业示范园区(2020)' },
    ],
    sources: [
      'https://digitalpaper.stdaily.com/http_www.kjrb.com/kjrb/html/2020-08/28/content_452603.htm',
      'http://covid-19.chinadaily.com.cn/hqpl/zggc/2015-10-30/content_14298344.html',
      'http://www.hometex114.com/m/pc.asp?u=http%3A%2F%2Fwww.hometex114.com%2Fnews%2F211895.html',
      'https://m.csylym.com/xueqianjiaoyu/2020/0314/250255.html',
    ],
  },
  {
    name: '北京懋隆文化产业创意园',
    alias: '懋隆',
    levelText: '首批市级文化产业园区',
    certifiedYearText: '首批(2018启动/2019报道)',
    operator: '北京工艺艺嘉贸易有限责任公司(2012年报道)',
    themes: ['高端工艺品', '燕京八绝'],
    certifications: [{ year: 2019, tier: 'municipal', source: firstBatchSource }],
    sources: [
      'https://m.news.shi-fen.com/china/201905/50-339696.html',
      'https://news.sohu.com/20121219/n360945054.shtml',
    ],
  },
  {
    name: '东亿国际传媒产业园',
    alias: '东亿',
    streetName: '高碑店地区',
    levelText: '国家文化产业示范基地(园区自述); 市级认定未确认',
    themes: ['传媒', '公共艺术'],
    certifications: [],
    sources: ['http://ent.people.com.cn/n1/2021/0509/c1012-32098053.html', sourceArticle],
  },
  {
    name: '北京国家广告产业园区',
    levelText: '国家级广告产业园区(国家工商总局与北京市合作; 2012-05-31开园)',
    certifiedYearText: '2012(开园)',
    themes: ['广告', '数字广告'],
    certifications: [],
    openedOn: '2012-05-31',
    sources: ['http://www.huobanmedia.com/htm/20168/7_1141.htm', sourceArticle],
  },
  {
    name: '东进国际中心',
    streetName: '南磨房地区',
    themes: ['网游电竞', '数字出版(国家出版创新基地)'],
    certifications: [],
    sources: [sourceArticle],
  },
  {
    name: '铜牛电影产业园',
    alias: '铜牛',
    themes: ['电影全产业链'],
    certifications: [],
    sources: [
      'http://m.hbcasj.com/domesticgd/10000159/20170926/31514995.html',
      'http://finance.qianlong.com/2018/0627/2660100.shtml',
    ],
  },
  {
    name: '北京塞隆国际文化创意园',
    alias: '塞隆',
    operator: '北京塞隆国际文化发展有限公司(首农集团与中国电力传媒集团合资)',
    themes: ['新媒体', '影视'],
    certifications: [],
    sources: [
      'http://english.qianlong.com/2017/1114/2173594.shtml',
      'http://olympiacleaningservice.com/news/content/9240001378501.html',
      'http://www.zulinb.cn/709.html',
    ],
  },
  {
    name: '竞园(北京)图片产业基地',
    alias: '竞园',
    operator: '竞园视觉(北京)文化传播有限公司',
    themes: ['图片', '摄影'],
    certifications: [],
    sources: ['https://taswhg.com/bjtaswhgcom/chy/mlcy/201212/t20121217_987924.htm'],
  },
  {
    name: 'E9区创新工场',
    alias: 'E9',
    operator: '九九工场(北京)文化发展有限公司(首农集团控股)',
    themes: ['文化科技融合'],
    certifications: [],
    sources: ['http://www.hkcd.com/hkcdweb/content/2022/08/04/content_1357661.html'],
  },
  {
    name: '电子城·数字新媒体创新产业园',
    themes: ['网游电竞', '数字内容'],
    certifications: [],
    sources: ['http://purcannacbdoil.com/news/75/202092133722.html'],
  },
  {
    name: '天海科技广场',
    themes: ['科技', '文创'],
    certifications: [],
    sources: [
      'http://m.ytjhdl.cn/hy/jz/568452.html',
      'https://m.news.shi-fen.com/china/201905/50-339696.html',
    ],
  },
  {
    name: '惠通时代广场',
    levelText: '市级文创基地(2018年前旧体系)',
    themes: ['传媒'],
    certifications: [],
    sources: ['http://www.victorzhang.cn/page/2016/0222/19086017.shtml'],
  },
];
