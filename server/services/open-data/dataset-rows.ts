import { type SQL, sql } from "drizzle-orm";
import type { DatasetKind } from "../../../domain/open-data/kinds";

/**
 * The rows of a dataset as one SELECT whose columns are exactly the kind's data dictionary, in
 * order (domain/open-data/kinds.ts), with a stable order so pages and downloads agree. Only what
 * is public goes in: verified values of enacted plans, published evaluation rounds, announced
 * selections. `regionCode` is the region of a regional dataset, null for a national one.
 */
export function datasetRowsQuery(kind: DatasetKind, regionCode: string | null): SQL {
  const region = regionCode ?? "";
  switch (kind) {
    case "indicator_realisations":
      return sql`
        select r.code as kode_wilayah, r.name as nama_wilayah, p.code as kode_program, p.name as nama_program,
               p.dimension_code as dimensi, i.code as kode_indikator, i.name as nama_indikator,
               i.concept as konsep, i.definition as definisi, i.classification as klasifikasi, i.measure as ukuran,
               i.unit as satuan, i.direction as arah, i.frequency as frekuensi, o.year as tahun, o.semester, t.value::float8 as target,
               o.value::float8 as realisasi, coalesce(po.name, oo.name) as produsen_data, i.source as sumber,
               array_to_string(i.reference_codes, ';') as kode_referensi,
               to_char(o.reviewed_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') as diverifikasi_pada
        from masterplan m
        join region r on r.code = m.region_code
        join program p on p.masterplan_id = m.id
        join program_indicator pi on pi.program_id = p.id
        join indicator i on i.id = pi.indicator_id
        join observation o on o.program_indicator_id = pi.id
        left join indicator_target t on t.program_indicator_id = pi.id and t.year = o.year
        left join opd po on po.id = i.producer_opd_id
        left join opd oo on oo.id = p.owner_opd_id
        where m.region_code = ${region} and m.status = 'enacted' and o.status = 'verified'
        order by p.code, i.code, o.year, o.semester nulls first, o.id`;
    case "program_budgets":
      return sql`
        select r.code as kode_wilayah, r.name as nama_wilayah, p.code as kode_program, p.name as nama_program,
               p.dimension_code as dimensi, o.name as opd_pengampu, p.start_year as tahun_mulai,
               p.end_year as tahun_selesai, b.year as tahun, b.source as sumber_dana, b.amount::int8 as anggaran_indikatif
        from masterplan m
        join region r on r.code = m.region_code
        join program p on p.masterplan_id = m.id
        join program_budget b on b.program_id = p.id
        left join opd o on o.id = p.owner_opd_id
        where m.region_code = ${region} and m.status = 'enacted'
        order by p.code, b.year, b.source`;
    case "implementation_progress":
      return sql`
        select * from (
          select r.code as kode_wilayah, r.name as nama_wilayah, 'program' as jenis, p.code as kode_program,
                 p.name as nama_program, p.dimension_code as dimensi, null::text as quick_win, pp.year as tahun,
                 pp.status, pp.physical_progress::float8 as progres_fisik, pp.budget_allocated as pagu,
                 pp.budget_realised as realisasi_anggaran
          from masterplan m
          join region r on r.code = m.region_code
          join program p on p.masterplan_id = m.id
          join program_progress pp on pp.program_id = p.id
          where m.region_code = ${region} and m.status = 'enacted'
          union all
          select r.code, r.name, 'quick_win', p.code, p.name, p.dimension_code, q.target, qp.year,
                 qp.status, qp.physical_progress::float8, qp.budget_allocated, qp.budget_realised
          from masterplan m
          join region r on r.code = m.region_code
          join quick_win q on q.masterplan_id = m.id
          join program p on p.id = q.program_id
          join quick_win_progress qp on qp.quick_win_id = q.id
          where m.region_code = ${region} and m.status = 'enacted'
        ) x order by kode_program, jenis, quick_win nulls first, tahun`;
    case "evaluation_results":
      return sql`
        select r.code as kode_wilayah, r.name as nama_wilayah, er_round.name as putaran, er_round.year as tahun,
               er_round.tahap, er.index::float8 as indeks, er.national_rank as peringkat_nasional,
               er.provincial_rank as peringkat_provinsi, er.improvement::float8 as kenaikan,
               to_char(er_round.published_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') as diumumkan_pada
        from evaluation_result er
        join evaluation_round er_round on er_round.id = er.round_id
        join region r on r.code = er.region_code
        where er.region_code = ${region} and er_round.status = 'published'
        order by er_round.year, er_round.tahap, er_round.id`;
    case "gmsc_participation":
      return sql`
        select r.code as kode_wilayah, r.name as nama_wilayah, r.province_code as kode_provinsi,
               pr.name as nama_provinsi, co.name as angkatan, co.year as tahun_angkatan, ca.status,
               m.signed_on::text as tanggal_mou,
               (select max(s.number) from bimtek_stage s where s.candidate_id = ca.id and s.closed_at is not null)
                 as tahap_bimtek_ditutup,
               (select case when bool_or(mp.status = 'enacted') then 'ditetapkan'
                            when bool_or(mp.status = 'approved') then 'disetujui' end
                from masterplan mp where mp.region_code = ca.region_code) as status_masterplan
        from candidate ca
        join cohort co on co.id = ca.cohort_id
        join region r on r.code = ca.region_code
        left join region pr on pr.code = r.province_code
        left join mou m on m.candidate_id = ca.id
        where co.selection_published_at is not null
        order by co.year, co.id, r.code`;
    case "national_evaluation_results":
      return sql`
        select r.code as kode_wilayah, r.name as nama_wilayah, er.province_code as kode_provinsi,
               rd.name as putaran, rd.year as tahun, rd.tahap, er.index::float8 as indeks,
               er.national_rank as peringkat_nasional, er.improvement::float8 as kenaikan
        from evaluation_result er
        join evaluation_round rd on rd.id = er.round_id
        join region r on r.code = er.region_code
        where rd.status = 'published'
        order by rd.year, rd.tahap, rd.id, er.national_rank nulls last, r.code`;
    case "indicator_catalogue":
      return sql`
        select i.code as kode_indikator, i.name as nama_indikator, i.concept as konsep, i.definition as definisi,
               i.classification as klasifikasi, i.measure as ukuran, i.unit as satuan, i.direction as arah,
               i.frequency as frekuensi, i.dimension_code as dimensi, i.element_code as elemen, i.source as sumber,
               array_to_string(i.reference_codes, ';') as kode_referensi
        from indicator i
        where i.region_code is null and i.active
        order by i.code, i.id`;
  }
}
