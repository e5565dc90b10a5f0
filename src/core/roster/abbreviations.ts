/**
 * Short names of provincial departments as notices write them. The key is the abbreviation with
 * every separator removed and folded ("Sở KH-ĐT", "Sở KH&ĐT", "Sở KHĐT" → "khdt"), so one entry
 * covers all the ways it is punctuated.
 */

/** Sở Kế hoạch và Đầu tư: "Sở KH-ĐT", "Sở KH&ĐT", "Sở KHĐT". */
export const SO_KH_DT = { short: "KH-ĐT", full: "Sở Kế hoạch và Đầu tư" } as const;
/** Sở Tài nguyên và Môi trường: "Sở TN&MT", "Sở TNMT". */
export const SO_TN_MT = { short: "TN&MT", full: "Sở Tài nguyên và Môi trường" } as const;
/** Sở Lao động - Thương binh và Xã hội: "Sở LĐ-TB&XH", "Sở LĐTBXH". */
export const SO_LD_TB_XH = { short: "LĐ-TB&XH", full: "Sở Lao động - Thương binh và Xã hội" } as const;
/** Sở Giáo dục và Đào tạo: "Sở GD&ĐT", "Sở GDĐT". */
export const SO_GD_DT = { short: "GD&ĐT", full: "Sở Giáo dục và Đào tạo" } as const;
/** Sở Giao thông vận tải: "Sở GTVT". */
export const SO_GTVT = { short: "GTVT", full: "Sở Giao thông vận tải" } as const;
/** Sở Văn hóa, Thể thao và Du lịch: "Sở VH-TT&DL", "Sở VHTTDL". */
export const SO_VH_TT_DL = { short: "VH-TT&DL", full: "Sở Văn hóa, Thể thao và Du lịch" } as const;
/** Sở Thông tin và Truyền thông: "Sở TT&TT", "Sở TTTT". */
export const SO_TT_TT = { short: "TT&TT", full: "Sở Thông tin và Truyền thông" } as const;
/** Sở Nông nghiệp và Phát triển nông thôn: "Sở NN&PTNT", "Sở NNPTNT". */
export const SO_NN_PTNT = { short: "NN&PTNT", full: "Sở Nông nghiệp và Phát triển nông thôn" } as const;
/** Sở Khoa học và Công nghệ: "Sở KH&CN", "Sở KHCN". */
export const SO_KH_CN = { short: "KH&CN", full: "Sở Khoa học và Công nghệ" } as const;
/** Sở Nông nghiệp và Môi trường (since 2025): "Sở NN&MT", "Sở NNMT". */
export const SO_NN_MT = { short: "NN&MT", full: "Sở Nông nghiệp và Môi trường" } as const;

export const DEPARTMENT_ABBREVIATIONS = [
  SO_KH_DT, SO_TN_MT, SO_LD_TB_XH, SO_GD_DT, SO_GTVT, SO_VH_TT_DL, SO_TT_TT, SO_NN_PTNT, SO_KH_CN, SO_NN_MT,
] as const;

/**
 * Abbreviated words inside unit names, folded: "Sở Nông nghiệp và PTNT", "VP UBND tỉnh",
 * "BCH Quân sự tỉnh", "TP Bắc Kạn". "Ủy ban nhân dân" goes the other way: it is shortened to "ubnd".
 */
export const WORD_ABBREVIATIONS: ReadonlyArray<readonly [RegExp, string]> = [
  /** The People's Committee, written out. */
  [/\buy ban nhan dan\b/g, "ubnd"],
  /** The People's Council, written out. */
  [/\bhoi dong nhan dan\b/g, "hdnd"],
  /** "TP Bắc Kạn", "TP. Bắc Kạn". */
  [/\btp\b/g, "thanh pho"],
  /** "TX Quảng Trị". */
  [/\btx\b/g, "thi xa"],
  /** "Sở Nông nghiệp và PTNT". */
  [/\bptnt\b/g, "phat trien nong thon"],
  /** "VP UBND tỉnh". */
  [/\bvp\b/g, "van phong"],
  /** "BCH Quân sự tỉnh". */
  [/\bbch\b/g, "bo chi huy"],
  /** "BQL các KCN". */
  [/\bbql\b/g, "ban quan ly"],
  [/\bkcn\b/g, "khu cong nghiep"],
  /** "KBNN tỉnh". */
  [/\bkbnn\b/g, "kho bac nha nuoc"],
];
