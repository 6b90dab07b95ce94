/**
 * Fictional names for the demo's generated parks, enterprises and lenders, composed from word
 * lists: 北京 + 字号 + 行业词 + 有限公司. The 字号 pair unusual characters so that a generated
 * name reads as made up rather than as a company someone might know.
 */
import type { CultureSubcategoryCode } from '../reference/culture-classification';
import type { FinancingKind } from '../financing/financing';
import type { Random } from './random';

const tradeNameFirst = [
  '岚 汀 砚 棠 翎 澈 栖 篁 芷 苒 霁 珩 峤 泓 璞 缇 筠 溯 沅 楹',
  '昙 澜 蔚 橦 琮 萤 渟 韶 枥 蘅 甄 朔 漪 骞 梧 荇 曦 樾 湄 璟',
]
  .join(' ')
  .split(' ');

const tradeNameSecond = [
  '屿 禾 麓 溪 岫 原 川 桥 野 舟 谷 垣 汐 阙 林 陌 湾 岭 泉 坞',
  '町 渚 庐 田 坪 阜 沚 埠 苑 塬 峰 港 汀 屏 洲 岸 岑 堤 塘 滩',
]
  .join(' ')
  .split(' ');

/** 行业词 by 中类: how a firm in that 行业 typically names its business. */
const industryWordsBySubcategory: Readonly<
  Partial<Record<CultureSubcategoryCode, readonly string[]>>
> = {
  '011': ['新闻信息'],
  '012': ['报业传媒'],
  '013': ['广电传媒'],
  '014': ['网络科技', '信息技术'],
  '021': ['图书', '出版文化'],
  '022': ['影视文化', '影视传媒', '影业'],
  '023': ['文化艺术', '演艺'],
  '024': ['数字科技', '互动娱乐', '动漫'],
  '025': ['数字档案'],
  '026': ['工艺美术'],
  '027': ['陶艺'],
  '031': ['广告', '品牌营销', '文化传播'],
  '032': ['设计', '建筑设计', '创意设计'],
  '041': ['图书发行'],
  '042': ['广电网络'],
  '043': ['影院管理', '影视发行'],
  '044': ['演出', '剧场管理'],
  '045': ['网络技术', '互联网文化'],
  '046': ['拍卖'],
  '047': ['艺术品'],
  '051': ['文化投资'],
  '052': ['文化发展', '园区运营管理'],
  '061': ['娱乐', '文化娱乐'],
  '062': ['文旅发展'],
  '063': ['休闲文化'],
  '071': ['文化用品'],
  '072': ['印刷'],
  '073': ['版权代理', '软件'],
  '074': ['会展服务', '展览展示'],
  '075': ['文化经纪'],
  '076': ['影视器材租赁'],
  '077': ['教育科技', '艺术培训'],
  '081': ['印刷设备'],
  '082': ['广电设备'],
  '083': ['影像器材'],
  '084': ['舞台设备'],
  '085': ['游艺设备'],
  '086': ['乐器'],
  '091': ['文具'],
  '092': ['笔墨'],
  '093': ['玩具'],
  '094': ['节庆用品'],
  '095': ['智能科技', '电子科技'],
};

/** Tenants outside the culture industries: a park's offices also let to these. */
const nonCultureIndustryWords = ['商贸', '管理咨询', '餐饮管理', '科技服务', '人力资源'] as const;

const parkWords = [
  '星桥 青桐 云栖 拾光 砚池 枫屿 铜泉 北麓 松汀 晴川 岚谷 竹坞',
  '望舒 雁栖 栖霞 沐野 晨屿 溪畔 鹿鸣 朗月 嘉木 橙园 槐荫 芦汀',
  '燕湾 锦垣 苇岸 杏坛 荷塘 梧桐 秋实 半坡 石舫 琉璃 青瓦 红砖',
]
  .join(' ')
  .split(' ');

const parkSuffixes = [
  '文创园',
  '文化创意产业园',
  '数字文化产业园',
  '创意工场',
  '艺术区',
  '文化科技园',
  '设计园',
  '影视产业园',
] as const;

export function tradeName(random: Random): string {
  return random.pick(tradeNameFirst) + random.pick(tradeNameSecond);
}

export function enterpriseName(
  random: Random,
  subcategory: CultureSubcategoryCode | undefined,
): string {
  const words =
    subcategory === undefined ? nonCultureIndustryWords : industryWordsBySubcategory[subcategory];
  return `北京${tradeName(random)}${random.pick(words ?? ['文化发展'])}有限公司`;
}

/** "朝阳青桐文创园": a district prefix, a made-up place word and a park kind. */
export function parkName(random: Random): string {
  return `朝阳${random.pick(parkWords)}${random.pick(parkSuffixes)}`;
}

export function parkOperatorName(random: Random): string {
  return `北京${tradeName(random)}文化发展有限公司`;
}

export function lenderName(random: Random, kind: FinancingKind): string {
  const name = tradeName(random);
  switch (kind) {
    case 'loan':
      return `${name}银行朝阳支行`;
    case 'guarantee':
      return `北京${name}融资担保有限公司`;
    case 'equity':
      return `北京${name}文化产业投资基金（有限合伙）`;
    case 'bond':
      return `${name}证券股份有限公司`;
    case 'other':
      return `北京${name}融资租赁有限公司`;
  }
}
