<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Actions</name>
    <message>
        <source>Isi sel terpilih dengan {label}</source>
        <translation>Set the selected cells to “{label}”</translation>
    </message>
    <message>
        <source>&amp;Kuas</source>
        <translation>&amp;Brush</translation>
    </message>
    <message>
        <source>Seret di grid untuk mengisi sel dengan status terakhir yang dipilih; satu seretan satu langkah batal</source>
        <translation>Drag across the grid to fill cells with the last status chosen; each drag is one undo step</translation>
    </message>
    <message>
        <source>&amp;Baru…</source>
        <translation>&amp;New…</translation>
    </message>
    <message>
        <source>Buat rencana baru yang kosong</source>
        <translation>Create a new, empty plan</translation>
    </message>
    <message>
        <source>Baru dari &amp;contoh</source>
        <translation>New from sa&amp;mple</translation>
    </message>
    <message>
        <source>Buka rencana contoh sebagai rencana baru</source>
        <translation>Open the sample plan as a new plan</translation>
    </message>
    <message>
        <source>&amp;Buka…</source>
        <translation>&amp;Open…</translation>
    </message>
    <message>
        <source>Buka berkas rencana (.jadwal)</source>
        <translation>Open a plan file (.jadwal)</translation>
    </message>
    <message>
        <source>&amp;Simpan</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Simpan rencana</source>
        <translation>Save the plan</translation>
    </message>
    <message>
        <source>Simpan &amp;sebagai…</source>
        <translation>Save &amp;as…</translation>
    </message>
    <message>
        <source>Simpan rencana ke berkas lain</source>
        <translation>Save the plan to another file</translation>
    </message>
    <message>
        <source>&amp;Keluar</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>Tutup Jadwal Kerja ASN</source>
        <translation>Close Jadwal Kerja ASN</translation>
    </message>
    <message>
        <source>&amp;Batalkan</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>Batalkan perubahan terakhir</source>
        <translation>Undo the last change</translation>
    </message>
    <message>
        <source>&amp;Ulangi</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>Ulangi perubahan yang dibatalkan</source>
        <translation>Redo the change that was undone</translation>
    </message>
    <message>
        <source>&amp;Salin</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <source>Salin sel terpilih sebagai teks bertab (untuk Excel)</source>
        <translation>Copy the selected cells as tab-separated text (for Excel)</translation>
    </message>
    <message>
        <source>&amp;Tempel</source>
        <translation>&amp;Paste</translation>
    </message>
    <message>
        <source>Tempel kode status dari Excel atau LibreOffice</source>
        <translation>Paste status codes from Excel or LibreOffice</translation>
    </message>
    <message>
        <source>&amp;Kosongkan</source>
        <translation>Cl&amp;ear</translation>
    </message>
    <message>
        <source>Kosongkan sel terpilih (dihitung sebagai WFO)</source>
        <translation>Clear the selected cells (counted as WFO)</translation>
    </message>
    <message>
        <source>Pilih s&amp;emua</source>
        <translation>Select &amp;all</translation>
    </message>
    <message>
        <source>Pilih semua sel pegawai</source>
        <translation>Select all staff cells</translation>
    </message>
    <message>
        <source>&amp;Kunci sel</source>
        <translation>&amp;Lock cells</translation>
    </message>
    <message>
        <source>Kunci sel terpilih agar isi otomatis tidak mengubahnya</source>
        <translation>Lock the selected cells so that autofill leaves them as they are</translation>
    </message>
    <message>
        <source>B&amp;uka kunci sel</source>
        <translation>U&amp;nlock cells</translation>
    </message>
    <message>
        <source>Buka kunci sel terpilih</source>
        <translation>Unlock the selected cells</translation>
    </message>
    <message>
        <source>&amp;Pengaturan rencana…</source>
        <translation>&amp;Plan settings…</translation>
    </message>
    <message>
        <source>Nama, rentang tanggal, tingkat unit kuota, kebijakan instansi</source>
        <translation>Name, date range, unit level for quotas, agency policy</translation>
    </message>
    <message>
        <source>Profil &amp;instansi dan penanda tangan…</source>
        <translation>Agency profile and &amp;signatory…</translation>
    </message>
    <message>
        <source>Kop surat, kota, pejabat yang menandatangani</source>
        <translation>Letterhead, city, signing official</translation>
    </message>
    <message>
        <source>&amp;Unit kerja…</source>
        <translation>&amp;Units…</translation>
    </message>
    <message>
        <source>Tambah, ubah atau hapus unit kerja</source>
        <translation>Add, edit or remove units</translation>
    </message>
    <message>
        <source>&amp;Tambah pegawai…</source>
        <translation>&amp;Add staff member…</translation>
    </message>
    <message>
        <source>Tambah pegawai ke rencana</source>
        <translation>Add a staff member to the plan</translation>
    </message>
    <message>
        <source>&amp;Ubah pegawai…</source>
        <translation>&amp;Edit staff member…</translation>
    </message>
    <message>
        <source>Ubah data pegawai pada baris terpilih</source>
        <translation>Edit the details of the staff member in the selected row</translation>
    </message>
    <message>
        <source>&amp;Hapus pegawai</source>
        <translation>&amp;Remove staff</translation>
    </message>
    <message>
        <source>Hapus pegawai pada baris terpilih dari rencana</source>
        <translation>Remove the staff in the selected rows from the plan</translation>
    </message>
    <message>
        <source>&amp;Buat surat edaran baru…</source>
        <translation>&amp;New circular…</translation>
    </message>
    <message>
        <source>Ketik surat edaran yang belum ada</source>
        <translation>Type in a circular that is not in the list yet</translation>
    </message>
    <message>
        <source>&amp;Salin surat edaran ini…</source>
        <translation>&amp;Copy this circular…</translation>
    </message>
    <message>
        <source>Buat surat edaran baru berdasarkan yang dipilih</source>
        <translation>Create a new circular based on the selected one</translation>
    </message>
    <message>
        <source>&amp;Ubah surat edaran ini…</source>
        <translation>&amp;Edit this circular…</translation>
    </message>
    <message>
        <source>Ubah surat edaran buatan sendiri yang dipilih</source>
        <translation>Edit the selected circular (one you made yourself)</translation>
    </message>
    <message>
        <source>Ekspor &amp;PDF…</source>
        <translation>Export &amp;PDF…</translation>
    </message>
    <message>
        <source>Jadwal resmi untuk ditandatangani pimpinan, sebagai PDF</source>
        <translation>The official schedule for the head of office to sign, as a PDF</translation>
    </message>
    <message>
        <source>&amp;Bagikan sebagai gambar…</source>
        <translation>S&amp;hare as picture…</translation>
    </message>
    <message>
        <source>Jadwal per unit dan minggu sebagai gambar PNG, mis. untuk grup WhatsApp</source>
        <translation>The schedule per unit and week as PNG pictures, e.g. for a WhatsApp group</translation>
    </message>
    <message>
        <source>Pratinjau &amp;cetak…</source>
        <translation>Print pre&amp;view…</translation>
    </message>
    <message>
        <source>Lihat jadwal resmi seperti akan dicetak</source>
        <translation>See the official schedule as it will be printed</translation>
    </message>
    <message>
        <source>C&amp;etak…</source>
        <translation>Pr&amp;int…</translation>
    </message>
    <message>
        <source>Cetak jadwal resmi ke printer</source>
        <translation>Print the official schedule on a printer</translation>
    </message>
    <message>
        <source>Ekspor ke E&amp;xcel…</source>
        <translation>Export to E&amp;xcel…</translation>
    </message>
    <message>
        <source>Simpan grid, rekap, masalah dan keterangan sebagai buku kerja Excel</source>
        <translation>Save the grid, summary, issues and notes as an Excel workbook</translation>
    </message>
    <message>
        <source>&amp;Rekap beberapa rencana…</source>
        <translation>Re&amp;cap several plans…</translation>
    </message>
    <message>
        <source>Satu rekap dari rencana banyak unit: kepatuhan, pangsa WFH per hari, unit yang belum mengirim</source>
        <translation>One recap of many units&apos; plans: compliance, the remote share per day, units that sent nothing</translation>
    </message>
    <message>
        <source>&amp;Impor daftar pegawai…</source>
        <translation>Import staff &amp;list…</translation>
    </message>
    <message>
        <source>Ambil daftar pegawai dari Excel atau CSV (SIMPEG, SIASN, buatan sendiri)</source>
        <translation>Read a staff list from Excel or CSV (SIMPEG, SIASN, or your own)</translation>
    </message>
    <message>
        <source>Isi &amp;otomatis…</source>
        <translation>Auto&amp;fill…</translation>
    </message>
    <message>
        <source>Bagi WFH dan WFO secara adil sesuai kuota; lihat dulu sebelum diterapkan</source>
        <translation>Share out WFH and WFO fairly within the quotas; preview before applying</translation>
    </message>
    <message>
        <source>&amp;Tandatangani secara elektronik…</source>
        <translation>&amp;Sign electronically…</translation>
    </message>
    <message>
        <source>Ekspor jadwal resmi bertanda tangan elektronik (sertifikat .p12) dan tetapkan rencana ini</source>
        <translation>Export the official schedule with an electronic signature (.p12 certificate) and sign off this plan</translation>
    </message>
    <message>
        <source>&amp;Periksa PDF bertanda tangan…</source>
        <translation>&amp;Verify a signed PDF…</translation>
    </message>
    <message>
        <source>Periksa apakah PDF jadwal masih utuh dan sama dengan rencana ini</source>
        <translation>Check that a schedule PDF is intact and matches this plan</translation>
    </message>
    <message>
        <source>&amp;Buat sertifikat internal…</source>
        <translation>&amp;Create an internal certificate…</translation>
    </message>
    <message>
        <source>Sertifikat untuk instansi yang belum punya sertifikat BSrE</source>
        <translation>A certificate for agencies that have no BSrE certificate yet</translation>
    </message>
    <message>
        <source>&amp;Tentang Jadwal Kerja ASN</source>
        <translation>&amp;About Jadwal Kerja ASN</translation>
    </message>
    <message>
        <source>Versi dan sumber data</source>
        <translation>Version and data sources</translation>
    </message>
    <message>
        <source>&amp;Panduan</source>
        <translation>&amp;Guide</translation>
    </message>
    <message>
        <source>Panduan singkat bergambar, tanpa internet</source>
        <translation>A short illustrated guide, offline</translation>
    </message>
    <message>
        <source>Per&amp;besar</source>
        <translation>Zoom &amp;in</translation>
    </message>
    <message>
        <source>Perbesar grid</source>
        <translation>Make the grid larger</translation>
    </message>
    <message>
        <source>Per&amp;kecil</source>
        <translation>Zoom &amp;out</translation>
    </message>
    <message>
        <source>Perkecil grid</source>
        <translation>Make the grid smaller</translation>
    </message>
    <message>
        <source>Ukuran &amp;normal</source>
        <translation>&amp;Normal size</translation>
    </message>
    <message>
        <source>Grid dalam ukuran biasa</source>
        <translation>The grid at its normal size</translation>
    </message>
    <message>
        <source>&amp;Muat satu periode</source>
        <translation>&amp;Fit the period</translation>
    </message>
    <message>
        <source>Persempit kolom tanggal agar seluruh periode terlihat</source>
        <translation>Narrow the day columns so the whole period shows</translation>
    </message>
    <message>
        <source>Kolom nama &amp;ringkas</source>
        <translation>Com&amp;pact name column</translation>
    </message>
    <message>
        <source>Nama satu baris tanpa NIP dan jabatan (NIP ada di tooltip)</source>
        <translation>Names on one line without NIP and position (the NIP is in the tooltip)</translation>
    </message>
    <message>
        <source>&amp;Panel samping</source>
        <translation>&amp;Side panels</translation>
    </message>
    <message>
        <source>Tampilkan atau sembunyikan panel Masalah, Surat edaran dan lainnya</source>
        <translation>Show or hide the Problems, Circular and other panels</translation>
    </message>
    <message>
        <source>&amp;Tata letak awal</source>
        <translation>&amp;Reset layout</translation>
    </message>
    <message>
        <source>Kembalikan ukuran dan letak panel seperti semula</source>
        <translation>Put the panels back at their original size and place</translation>
    </message>
    <message>
        <source>&amp;Cari pegawai…</source>
        <translation>&amp;Find staff…</translation>
    </message>
    <message>
        <source>Saring baris menurut nama, NIP, jabatan atau unit</source>
        <translation>Filter rows by name, NIP, position or unit</translation>
    </message>
    <message>
        <source>Sa&amp;lin pola…</source>
        <translation>Cop&amp;y pattern…</translation>
    </message>
    <message>
        <source>Salin pola satu minggu ke minggu berikutnya, atau pola rencana sebelumnya</source>
        <translation>Copy one week&apos;s pattern onto the next weeks, or the previous plan&apos;s pattern</translation>
    </message>
    <message>
        <source>Rencana &amp;tetangga untuk minggu terpotong…</source>
        <translation>&amp;Neighbouring plan for cut weeks…</translation>
    </message>
    <message>
        <source>Baca rencana lain (hanya dibaca) untuk hari minggu pertama dan terakhir di luar rencana ini, agar batas hari per minggu dihitung seminggu penuh</source>
        <translation>Read another plan (read only) for the days of the first and last week outside this plan, so that days-per-week caps count the whole week</translation>
    </message>
    <message>
        <source>&amp;Lepas rencana tetangga</source>
        <translation>&amp;Drop neighbouring plan</translation>
    </message>
    <message>
        <source>Periksa lagi tanpa rencana tetangga: hari di luar rencana ini dilaporkan belum diketahui</source>
        <translation>Check again without a neighbouring plan: days outside this plan are reported as not known</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <source>Surat edaran dilewati: {problem}</source>
        <translation>Circular skipped: {problem}</translation>
    </message>
    <message>
        <source>Rencana tidak dapat dibuka</source>
        <translation>The plan cannot be opened</translation>
    </message>
    <message>
        <source>Rencana contoh dibuka sebagai gantinya.</source>
        <translation>The sample plan was opened instead.</translation>
    </message>
    <message>
        <source>Pulihkan pekerjaan?</source>
        <translation>Recover your work?</translation>
    </message>
    <message>
        <source>Jadwal Kerja ASN tidak ditutup dengan benar. Perubahan pada “{title}” yang belum disimpan masih ada (terakhir disimpan otomatis {time}).</source>
        <translation>Jadwal Kerja ASN was not closed properly. Unsaved changes to “{title}” are still there (last autosaved {time}).</translation>
    </message>
    <message>
        <source>Pulihkan untuk melanjutkannya. Buang jika perubahan itu memang tidak diperlukan lagi.</source>
        <translation>Recover them to carry on working. Discard them if you really no longer need those changes.</translation>
    </message>
    <message>
        <source>Pulihkan</source>
        <translation>Recover</translation>
    </message>
    <message>
        <source>Buang</source>
        <translation>Discard</translation>
    </message>
    <message>
        <source>Nanti saja</source>
        <translation>Not now</translation>
    </message>
</context>
<context>
    <name>AutofillDialog</name>
    <message>
        <source>Isi otomatis</source>
        <translation>Autofill</translation>
    </message>
    <message>
        <source>Terapkan</source>
        <translation>Apply</translation>
    </message>
    <message>
        <source>Pilihan</source>
        <translation>Options</translation>
    </message>
    <message>
        <source>sampai</source>
        <translation>to</translation>
    </message>
    <message>
        <source>Jarak jauh paling banyak</source>
        <translation>Remote work at most</translation>
    </message>
    <message>
        <source>Pertahankan WFH/WFO yang ada, ubah sesedikit mungkin (isi ulang)</source>
        <translation>Keep the current WFH/WFO, change as little as possible (refill)</translation>
    </message>
    <message>
        <source>Atur ulang semua WFH/WFO</source>
        <translation>Reassign all WFH/WFO</translation>
    </message>
    <message>
        <source>Tanggal:</source>
        <translation>Dates:</translation>
    </message>
    <message>
        <source>Target:</source>
        <translation>Target:</translation>
    </message>
    <message>
        <source>Tanpa target, setiap kelompok mendapat jarak jauh sebanyak yang diizinkan surat edaran
dan kebijakan instansi. Cuti, sakit, dinas luar, tugas belajar dan sel terkunci tidak diubah.</source>
        <translation>Without a target, each group gets as much remote work as the circular and the agency
policy allow. Leave, sick, official travel, study leave and locked cells are not changed.</translation>
    </message>
    <message>
        <source>WFH/WFO yang ada:</source>
        <translation>Current WFH/WFO:</translation>
    </message>
    <message>
        <source>Pratinjau</source>
        <translation>Preview</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Sel diubah</source>
        <translation>Cells changed</translation>
    </message>
    <message>
        <source>Menjadi WFH/WFA</source>
        <translation>To WFH/WFA</translation>
    </message>
    <message>
        <source>Perubahan per unit</source>
        <translation>Changes per unit</translation>
    </message>
    <message>
        <source>Perhitungan</source>
        <translation>Calculation</translation>
    </message>
    <message>
        <source>Masalah</source>
        <translation>Issues</translation>
    </message>
    <message>
        <source>Menghitung…</source>
        <translation>Calculating…</translation>
    </message>
    <message>
        <source>{count} sel akan diubah: {remote} menjadi WFH/WFA, {office} menjadi WFO.</source>
        <translation>Cells to change: {count} — {remote} to WFH/WFA, {office} to WFO.</translation>
    </message>
    <message>
        <source>{blank} sel kosong juga ditulis WFO (artinya tetap sama).</source>
        <translation>{blank} empty cells are also written as WFO (same meaning).</translation>
    </message>
    <message>
        <source>Tidak ada yang berubah artinya: {blank} sel kosong (sudah dihitung WFO) akan ditulis WFO.</source>
        <translation>Nothing changes its meaning: {blank} empty cells (already counted as WFO) will be written as WFO.</translation>
    </message>
    <message>
        <source>Tidak ada yang perlu diubah: jadwal sudah adil dan sesuai kuota.</source>
        <translation>Nothing to change: the schedule is already fair and within the quotas.</translation>
    </message>
    <message>
        <source>{count} aturan tidak dapat dipenuhi ({errors} kesalahan); lihat tab Masalah.</source>
        <translation>Rules that cannot be met: {count} (errors: {errors}); see the Issues tab.</translation>
    </message>
    <message>
        <source>Masalah ({count})</source>
        <translation>Issues ({count})</translation>
    </message>
    <message>
        <source>Non-ASN yang tidak dihitung dalam kuota · {category}</source>
        <translation>Non-ASN staff not counted in the quotas · {category}</translation>
    </message>
    <message>
        <source>{place}: {members} pegawai, tidak ada yang dapat bekerja jarak jauh pada rentang ini.</source>
        <translation>{place}: {members} staff, none of whom can work remotely in this range.</translation>
    </message>
    <message>
        <source>{cap} orang per hari × {days} hari</source>
        <translation>{cap} people a day × {days} days</translation>
    </message>
    <message>
        <source>{low}–{high} orang per hari, {days} hari</source>
        <translation>{low}–{high} people a day, {days} days</translation>
    </message>
    <message>
        <source>{place}: {remote} dari {allowance} jatah kerja jarak jauh terisi ({caps}); {eligible} dari {members} pegawai dapat bekerja jarak jauh, masing-masing {each} hari.</source>
        <translation>{place}: {remote} of {allowance} remote-work slots filled ({caps}); {eligible} of {members} staff can work remotely, {each} days each.</translation>
    </message>
    <message>
        <source>Isi otomatis ({count} sel)</source>
        <translation>Autofill ({count} cells)</translation>
    </message>
</context>
<context>
    <name>CertificateDialog</name>
    <message>
        <source>Tanda tangan elektronik</source>
        <translation>Electronic signature</translation>
    </message>
    <message>
        <source>berkas .p12 atau .pfx</source>
        <translation>.p12 or .pfx file</translation>
    </message>
    <message>
        <source>&amp;Pilih…</source>
        <translation>&amp;Choose…</translation>
    </message>
    <message>
        <source>&amp;Sertifikat:</source>
        <translation>&amp;Certificate:</translation>
    </message>
    <message>
        <source>&amp;Kata sandi:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>&amp;Buka sertifikat</source>
        <translation>&amp;Open certificate</translation>
    </message>
    <message>
        <source>Pilih berkas sertifikat, ketik kata sandinya, lalu Buka sertifikat.</source>
        <translation>Choose the certificate file, type its password, then Open certificate.</translation>
    </message>
    <message>
        <source>&amp;Tandatangani…</source>
        <translation>&amp;Sign…</translation>
    </message>
    <message>
        <source>Pilih sertifikat</source>
        <translation>Choose a certificate</translation>
    </message>
    <message>
        <source>Sertifikat PKCS#12 (*.p12 *.pfx)</source>
        <translation>PKCS#12 certificates (*.p12 *.pfx)</translation>
    </message>
    <message>
        <source>Pilih berkas sertifikat lebih dahulu.</source>
        <translation>Choose a certificate file first.</translation>
    </message>
    <message>
        <source>Sertifikat tidak dapat dipakai: {error}</source>
        <translation>The certificate cannot be used: {error}</translation>
    </message>
    <message>
        <source>{name} ({organisation})</source>
        <translation>{name} ({organisation})</translation>
    </message>
    <message>
        <source>Pemegang: {holder}</source>
        <translation>Holder: {holder}</translation>
    </message>
    <message>
        <source>Penerbit: {issuer}</source>
        <translation>Issuer: {issuer}</translation>
    </message>
    <message>
        <source>Berlaku sampai: {date}</source>
        <translation>Valid until: {date}</translation>
    </message>
    <message>
        <source>Sertifikat BSrE: kaki setiap halaman menyebut tanda tangan elektronik BSrE.</source>
        <translation>BSrE certificate: every page&apos;s footer names the BSrE electronic signature.</translation>
    </message>
    <message>
        <source>Sertifikat internal, bukan BSrE: kaki setiap halaman menyatakan bahwa jadwal ditandatangani dengan sertifikat internal instansi.</source>
        <translation>Internal certificate, not BSrE: every page&apos;s footer says the schedule was signed with the agency&apos;s internal certificate.</translation>
    </message>
    <message>
        <source>Perhatian: penanda tangan di jadwal adalah {signatory}, sertifikat atas nama {holder}.</source>
        <translation>Note: the schedule&apos;s signatory is {signatory}, the certificate is in the name of {holder}.</translation>
    </message>
</context>
<context>
    <name>CircularEditor</name>
    <message>
        <source>Surat edaran baru</source>
        <translation>New circular</translation>
    </message>
    <message>
        <source>Ubah surat edaran: %1</source>
        <translation>Edit circular: %1</translation>
    </message>
    <message>
        <source>Salin surat edaran: %1</source>
        <translation>Copy circular: %1</translation>
    </message>
    <message>
        <source>&amp;Dokumen</source>
        <translation>&amp;Document</translation>
    </message>
    <message>
        <source>&amp;Masa berlaku dan aturan</source>
        <translation>&amp;Periods and rules</translation>
    </message>
    <message>
        <source>&amp;Kewajiban dan sumber</source>
        <translation>&amp;Obligations and sources</translation>
    </message>
    <message>
        <source>Klik dua kali (atau Enter) untuk menuju isian yang bermasalah</source>
        <translation>Double-click (or press Enter) to go to the field with the problem</translation>
    </message>
    <message>
        <source>&amp;Simpan</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Simpan ke %1</source>
        <translation>Save to %1</translation>
    </message>
    <message>
        <source>mis. 34 atau 800/1234/BKD</source>
        <translation>e.g. 34 or 800/1234/BKD</translation>
    </message>
    <message>
        <source>Jabatan lengkap, mis. Sekretaris Daerah Provinsi Jawa Tengah</source>
        <translation>Full title of the office, e.g. Sekretaris Daerah Provinsi Jawa Tengah</translation>
    </message>
    <message>
        <source>Dipakai dalam kutipan, mis. Sekda Provinsi Jawa Tengah</source>
        <translation>Used in citations, e.g. Sekda Provinsi Jawa Tengah</translation>
    </message>
    <message>
        <source>Isi setelah kata “tentang”</source>
        <translation>The words after “tentang” (concerning)</translation>
    </message>
    <message>
        <source>diketahui</source>
        <translation>known</translation>
    </message>
    <message>
        <source>mis. Pegawai ASN di lingkungan Pemerintah Kabupaten …</source>
        <translation>e.g. Pegawai ASN di lingkungan Pemerintah Kabupaten …</translation>
    </message>
    <message>
        <source>seluruh instansi</source>
        <translation>the whole agency</translation>
    </message>
    <message>
        <source>setiap unit teratas (OPD)</source>
        <translation>each top-level unit (OPD)</translation>
    </message>
    <message>
        <source>setiap unit terkecil</source>
        <translation>each smallest unit</translation>
    </message>
    <message>
        <source>setiap unit tingkat 2</source>
        <translation>each unit at level 2</translation>
    </message>
    <message>
        <source>setiap unit tingkat 3</source>
        <translation>each unit at level 3</translation>
    </message>
    <message>
        <source>Atas siapa persentase dihitung, seperti bunyi surat edaran (mis. SE DKI 34/2023: per unit)</source>
        <translation>Over whom the percentage is counted, as the circular says (e.g. SE DKI 34/2023: per unit)</translation>
    </message>
    <message>
        <source>tidak mengubah surat edaran lain</source>
        <translation>does not amend another circular</translation>
    </message>
    <message>
        <source>Huruf, angka dan tanda hubung. Rencana jadwal merujuk surat edaran dengan kode ini.</source>
        <translation>Letters, digits and hyphens. Plans refer to the circular by this code.</translation>
    </message>
    <message>
        <source>Kode surat edaran yang sedang diubah tidak dapat diganti.</source>
        <translation>The code of a circular being edited cannot be changed.</translation>
    </message>
    <message>
        <source>diisi otomatis dari penerbit singkat, nomor dan tahun</source>
        <translation>filled in from the short issuer, number and year</translation>
    </message>
    <message>
        <source>&amp;Tahun</source>
        <translation>&amp;Year</translation>
    </message>
    <message>
        <source>&amp;Jenis dokumen</source>
        <translation>Document &amp;type</translation>
    </message>
    <message>
        <source>&amp;Nomor</source>
        <translation>&amp;Number</translation>
    </message>
    <message>
        <source>&amp;Penerbit</source>
        <translation>&amp;Issuer</translation>
    </message>
    <message>
        <source>Penerbit sin&amp;gkat</source>
        <translation>Issuer (s&amp;hort)</translation>
    </message>
    <message>
        <source>J&amp;udul (tentang)</source>
        <translation>Tit&amp;le (concerning)</translation>
    </message>
    <message>
        <source>Tanggal ditandatang&amp;ani</source>
        <translation>Date si&amp;gned</translation>
    </message>
    <message>
        <source>Berlaku &amp;bagi</source>
        <translation>&amp;Applies to</translation>
    </message>
    <message>
        <source>&amp;Kuota dihitung per</source>
        <translation>&amp;Quota counted per</translation>
    </message>
    <message>
        <source>&amp;Mengubah</source>
        <translation>&amp;Amends</translation>
    </message>
    <message>
        <source>K&amp;ode berkas</source>
        <translation>File &amp;code</translation>
    </message>
    <message>
        <source>Tambah masa</source>
        <translation>Add period</translation>
    </message>
    <message>
        <source>Masa dengan aturan lain; bila dua masa tumpang tindih, yang lebih pendek yang berlaku</source>
        <translation>A period with other rules; where two periods overlap, the shorter one applies</translation>
    </message>
    <message>
        <source>Hapus masa</source>
        <translation>Remove period</translation>
    </message>
    <message>
        <source>Masa berlaku</source>
        <translation>Periods</translation>
    </message>
    <message>
        <source>Satu kewajiban per baris, mis. Pegawai yang WFH melakukan presensi melalui aplikasi.</source>
        <translation>One obligation per line, e.g. Pegawai yang WFH melakukan presensi melalui aplikasi.</translation>
    </message>
    <message>
        <source>Dari mana keterangan ini diambil; sebutkan juga yang belum pasti.</source>
        <translation>Where this information comes from; also mention anything still uncertain.</translation>
    </message>
    <message>
        <source>Ke&amp;wajiban pegawai dan instansi (satu per baris, dicetak di bawah jadwal)</source>
        <translation>Staff and agency o&amp;bligations (one per line, printed below the schedule)</translation>
    </message>
    <message>
        <source>Sumbe&amp;r dan catatan</source>
        <translation>Sou&amp;rces and notes</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Belum dapat disimpan.&lt;/b&gt; Perbaiki %n isian berikut:</source>
        <translation>
            <numerusform>&lt;b&gt;Cannot be saved yet.&lt;/b&gt; %n field needs fixing:</numerusform>
            <numerusform>&lt;b&gt;Cannot be saved yet.&lt;/b&gt; %n fields need fixing:</numerusform>
        </translation>
    </message>
    <message>
        <source>Semua isian lengkap; siap disimpan.</source>
        <translation>All fields complete; ready to save.</translation>
    </message>
    <message>
        <source>Dikutip sebagai: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Cited as: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Disimpan sebagai berkas %1</source>
        <translation>Stored as file %1</translation>
    </message>
    <message>
        <source>“%1” sudah dipakai surat edaran lain yang Anda buat; pakai kode lain</source>
        <translation>“%1” is already used by another circular you made; use another code</translation>
    </message>
    <message>
        <source>“%1” sudah dipakai surat edaran bawaan aplikasi; pakai kode lain</source>
        <translation>“%1” is already used by a circular built into the application; use another code</translation>
    </message>
    <message>
        <source>berkas %1 sudah ada di folder surat edaran; pakai kode lain</source>
        <translation>file %1 already exists in the circulars folder; use another code</translation>
    </message>
    <message>
        <source>Kode berkas</source>
        <translation>File code</translation>
    </message>
    <message>
        <source>Jenis dokumen</source>
        <translation>Document type</translation>
    </message>
    <message>
        <source>Penerbit</source>
        <translation>Issuer</translation>
    </message>
    <message>
        <source>Penerbit singkat</source>
        <translation>Short issuer</translation>
    </message>
    <message>
        <source>Nomor</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Tahun</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Judul (tentang)</source>
        <translation>Title (concerning)</translation>
    </message>
    <message>
        <source>Tanggal ditandatangani</source>
        <translation>Date signed</translation>
    </message>
    <message>
        <source>Berlaku bagi</source>
        <translation>Applies to</translation>
    </message>
    <message>
        <source>Kewajiban</source>
        <translation>Obligations</translation>
    </message>
    <message>
        <source>Sumber</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>Masa berlaku %1</source>
        <translation>Period %1</translation>
    </message>
    <message>
        <source>nama</source>
        <translation>name</translation>
    </message>
    <message>
        <source>status jarak jauh</source>
        <translation>remote statuses</translation>
    </message>
    <message>
        <source>tanggal berlaku</source>
        <translation>dates</translation>
    </message>
    <message>
        <source>aturan</source>
        <translation>rules</translation>
    </message>
    <message>
        <source>rentang %1</source>
        <translation>range %1</translation>
    </message>
    <message>
        <source>mulai</source>
        <translation>start</translation>
    </message>
    <message>
        <source>sampai</source>
        <translation>end</translation>
    </message>
    <message>
        <source>aturan %1</source>
        <translation>rule %1</translation>
    </message>
    <message>
        <source>nilai</source>
        <translation>value</translation>
    </message>
    <message>
        <source>dasar</source>
        <translation>clause</translation>
    </message>
    <message>
        <source>dihitung per</source>
        <translation>counted per</translation>
    </message>
    <message>
        <source>(tanpa nama)</source>
        <translation>(unnamed)</translation>
    </message>
    <message>
        <source>%1 – seterusnya</source>
        <translation>from %1 onwards</translation>
    </message>
    <message>
        <source>Surat edaran belum tersimpan</source>
        <translation>Circular not saved</translation>
    </message>
    <message>
        <source>Surat edaran tidak dapat disimpan:
%1

Isian Anda tetap ada di jendela ini.</source>
        <translation>The circular cannot be saved:
%1

What you entered is still in this window.</translation>
    </message>
    <message>
        <source>Buang perubahan?</source>
        <translation>Discard changes?</translation>
    </message>
    <message>
        <source>Surat edaran ini belum disimpan. Buang semua perubahan?</source>
        <translation>This circular has not been saved. Discard all changes?</translation>
    </message>
    <message>
        <source>&amp;Buang perubahan</source>
        <translation>&amp;Discard changes</translation>
    </message>
    <message>
        <source>&amp;Lanjutkan mengisi</source>
        <translation>&amp;Continue editing</translation>
    </message>
</context>
<context>
    <name>CircularPanel</name>
    <message>
        <source>tentang</source>
        <translation>concerning</translation>
    </message>
    <message>
        <source>Penerbit</source>
        <translation>Issuer</translation>
    </message>
    <message>
        <source>Ditandatangani</source>
        <translation>Signed</translation>
    </message>
    <message>
        <source>Berlaku bagi</source>
        <translation>Applies to</translation>
    </message>
    <message>
        <source>Kuota dihitung per</source>
        <translation>Quota counted per</translation>
    </message>
    <message>
        <source>Mengubah</source>
        <translation>Amends</translation>
    </message>
    <message>
        <source>Diubah oleh</source>
        <translation>Amended by</translation>
    </message>
    <message>
        <source>Berkas format lama tanpa daftar status jarak jauh: WFH dan WFA tetap diizinkan seperti saat ditulis. Simpan ulang di editor surat edaran untuk menuliskannya.</source>
        <translation>An older file without a list of remote statuses: WFH and WFA stay allowed, as when it was written. Save it again in the circular editor to write them down.</translation>
    </message>
    <message>
        <source>Senin</source>
        <translation>Monday</translation>
    </message>
    <message>
        <source>Selasa</source>
        <translation>Tuesday</translation>
    </message>
    <message>
        <source>Rabu</source>
        <translation>Wednesday</translation>
    </message>
    <message>
        <source>Kamis</source>
        <translation>Thursday</translation>
    </message>
    <message>
        <source>Jumat</source>
        <translation>Friday</translation>
    </message>
    <message>
        <source>Sabtu</source>
        <translation>Saturday</translation>
    </message>
    <message>
        <source>Minggu</source>
        <translation>Sunday</translation>
    </message>
    <message>
        <source>Masa berlaku {number}</source>
        <translation>Period {number}</translation>
    </message>
    <message>
        <source>setiap {days}</source>
        <translation>every {days}</translation>
    </message>
    <message>
        <source>zona {zone}</source>
        <translation>zone {zone}</translation>
    </message>
    <message>
        <source>ditambahkan oleh {id}</source>
        <translation>added by {id}</translation>
    </message>
    <message>
        <source>Di luar masa berlaku: hari kerja biasa, semua pegawai WFO.</source>
        <translation>Outside these periods: ordinary working days, all staff WFO.</translation>
    </message>
    <message>
        <source>Kewajiban</source>
        <translation>Obligations</translation>
    </message>
    <message>
        <source>Sumber</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Salinan dari berkas rencana: surat edaran ini tidak ada di folder surat edaran komputer ini</source>
        <translation>Copy kept in the plan file: this circular is not in this computer&apos;s circular folder</translation>
    </message>
    <message>
        <source>Surat edaran buatan pengguna</source>
        <translation>Circular made by a user</translation>
    </message>
    <message>
        <source>Surat edaran bawaan aplikasi</source>
        <translation>Circular built into the application</translation>
    </message>
</context>
<context>
    <name>CopyPatternDialog</name>
    <message>
        <source>Salin pola</source>
        <translation>Copy pattern</translation>
    </message>
    <message>
        <source>Pola satu minggu ke minggu berikutnya</source>
        <translation>One week&apos;s pattern onto the next weeks</translation>
    </message>
    <message>
        <source>Pola rencana sebelumnya (menurut hari)</source>
        <translation>The previous plan&apos;s pattern (by weekday)</translation>
    </message>
    <message>
        <source> minggu</source>
        <translation> weeks</translation>
    </message>
    <message>
        <source>(belum dipilih)</source>
        <translation>(none chosen)</translation>
    </message>
    <message>
        <source>Pilih berkas…</source>
        <translation>Choose file…</translation>
    </message>
    <message>
        <source>Minggu sumber:</source>
        <translation>Source week:</translation>
    </message>
    <message>
        <source>Salin ke:</source>
        <translation>Copy onto:</translation>
    </message>
    <message>
        <source>Hari libur, sel cuti/sakit/dinas luar/diklat dan sel terkunci tidak diubah. Semua perubahan menjadi satu langkah batal.</source>
        <translation>Days off, leave/sick/travel/training cells and locked cells are left alone. All changes are one undo step.</translation>
    </message>
    <message>
        <source>Salin</source>
        <translation>Copy</translation>
    </message>
    <message>
        <source>Rencana sebelumnya</source>
        <translation>Previous plan</translation>
    </message>
    <message>
        <source>Rencana Jadwal Kerja ASN (*{extension})</source>
        <translation>Jadwal Kerja ASN plans (*{extension})</translation>
    </message>
    <message>
        <source>Tidak dapat dibaca: {reason}</source>
        <translation>Cannot be read: {reason}</translation>
    </message>
    <message>
        <source>{name}: {first} – {last}</source>
        <translation>{name}: {first} – {last}</translation>
    </message>
    <message>
        <source>Pilih dulu berkas rencana sebelumnya.</source>
        <translation>Choose the previous plan file first.</translation>
    </message>
</context>
<context>
    <name>CreateCertificateDialog</name>
    <message>
        <source>Buat sertifikat internal</source>
        <translation>Create an internal certificate</translation>
    </message>
    <message>
        <source>Sertifikat internal dibuat sendiri oleh instansi, bukan diterbitkan oleh Balai Sertifikasi Elektronik (BSrE) BSSN. Tanda tangan dengan sertifikat ini membuktikan bahwa berkas PDF tidak diubah sejak ditandatangani oleh pemegang berkas sertifikat dan kata sandinya. Tanda tangan ini BUKAN tanda tangan elektronik tersertifikasi yang diakui sebagai TTE BSrE: siapa pun dapat membuat sertifikat seperti ini dengan nama apa pun, jadi pembaca hanya dapat mempercayainya bila tahu sertifikat itu milik instansi Anda. Simpan berkas .p12 dan kata sandinya baik-baik; yang memegang keduanya dapat menandatangani atas nama Anda.</source>
        <translation>An internal certificate is made by the agency itself, not issued by the Balai Sertifikasi Elektronik (BSrE) of BSSN. A signature with it proves that the PDF has not changed since it was signed by whoever holds the certificate file and its password. It is NOT a certified electronic signature recognised as a BSrE TTE: anyone can make such a certificate under any name, so readers can trust it only if they know the certificate belongs to your agency. Keep the .p12 file and its password safe; whoever holds both can sign in your name.</translation>
    </message>
    <message>
        <source> tahun</source>
        <translation> years</translation>
    </message>
    <message>
        <source>&amp;Pilih…</source>
        <translation>&amp;Choose…</translation>
    </message>
    <message>
        <source>&amp;Nama penanda tangan:</source>
        <translation>Signatory&apos;s &amp;name:</translation>
    </message>
    <message>
        <source>&amp;Jabatan:</source>
        <translation>Pos&amp;ition:</translation>
    </message>
    <message>
        <source>&amp;Instansi:</source>
        <translation>&amp;Agency:</translation>
    </message>
    <message>
        <source>&amp;Masa berlaku:</source>
        <translation>&amp;Valid for:</translation>
    </message>
    <message>
        <source>&amp;Kata sandi:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>&amp;Ulangi kata sandi:</source>
        <translation>&amp;Repeat password:</translation>
    </message>
    <message>
        <source>&amp;Simpan ke:</source>
        <translation>Sa&amp;ve to:</translation>
    </message>
    <message>
        <source>&amp;Buat sertifikat</source>
        <translation>Create &amp;certificate</translation>
    </message>
    <message>
        <source>Simpan sertifikat internal</source>
        <translation>Save the internal certificate</translation>
    </message>
    <message>
        <source>Sertifikat PKCS#12 (*.p12)</source>
        <translation>PKCS#12 certificate (*.p12)</translation>
    </message>
    <message>
        <source>Sertifikat internal</source>
        <translation>Internal certificate</translation>
    </message>
    <message>
        <source>Kedua kata sandi tidak sama.</source>
        <translation>The two passwords differ.</translation>
    </message>
    <message>
        <source>Pilih tempat menyimpan sertifikat.</source>
        <translation>Choose where to save the certificate.</translation>
    </message>
    <message>
        <source>{name} sudah ada. Timpa berkas itu?</source>
        <translation>{name} already exists. Replace it?</translation>
    </message>
    <message>
        <source>Sertifikat internal disimpan ke {path}, berlaku sampai {date}.

SHA-256 sertifikat (untuk dicocokkan pembaca):
{sha256}</source>
        <translation>Internal certificate saved to {path}, valid until {date}.

The certificate&apos;s SHA-256 (for readers to compare):
{sha256}</translation>
    </message>
</context>
<context>
    <name>DateRangeRow</name>
    <message>
        <source>tanpa tanggal akhir</source>
        <translation>no end date</translation>
    </message>
    <message>
        <source>Berlaku terus sampai ada ketentuan baru</source>
        <translation>Applies until new rules are issued</translation>
    </message>
    <message>
        <source>Hapus rentang</source>
        <translation>Remove range</translation>
    </message>
    <message>
        <source>Mulai</source>
        <translation>From</translation>
    </message>
    <message>
        <source>sampai</source>
        <translation>to</translation>
    </message>
</context>
<context>
    <name>Document</name>
    <message>
        <source>{name} (belum disimpan)</source>
        <translation>{name} (not saved)</translation>
    </message>
    <message>
        <source>Ganti surat edaran ke {name}</source>
        <translation>Switch circular to {name}</translation>
    </message>
    <message>
        <source>Penyimpanan terakhir rencana ini terputus (program mati atau listrik padam). Rencana dipulihkan seperti sebelum penyimpanan itu; periksa perubahan terakhir Anda.</source>
        <translation>The last save of this plan was interrupted (the program stopped or the power failed). The plan was restored as it was before that save; check your latest changes.</translation>
    </message>
    <message>
        <source>Penyimpanan terakhir rencana ini terputus. Berkasnya hanya-baca, jadi rencana dibaca dari salinan yang dipulihkan: simpan ke tempat lain (Simpan Sebagai) agar pemulihan tersimpan.</source>
        <translation>The last save of this plan was interrupted. The file is read-only, so the plan was read from a recovered copy: save it elsewhere (Save As) to keep the recovery.</translation>
    </message>
    <message>
        <source>{count} berkas sementara sisa penyimpanan yang terputus dihapus.</source>
        <translation>{count} temporary files left by an interrupted save were removed.</translation>
    </message>
    <message>
        <source>baris {row} ({name}): {nip}</source>
        <translation>row {row} ({name}): {nip}</translation>
    </message>
    <message>
        <source>{count} NIP tidak sah, perbaiki di daftar pegawai: {rows}</source>
        <translation>{count} invalid NIPs; correct them in the staff list: {rows}</translation>
    </message>
    <message>
        <source>Surat edaran {circular} berformat lama (versi 1) tanpa daftar status jarak jauh: WFH dan WFA tetap diizinkan seperti saat ditulis. Simpan ulang di editor surat edaran untuk menuliskannya.</source>
        <translation>Circular {circular} is in the old format (version 1) without a list of remote statuses: WFH and WFA stay allowed, as when it was written. Save it again in the circular editor to write them down.</translation>
    </message>
    <message>
        <source>Kunci {count} sel</source>
        <translation>Lock cells ({count})</translation>
    </message>
    <message>
        <source>Buka kunci {count} sel</source>
        <translation>Unlock cells ({count})</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>{name}: berkas tidak ditemukan.</source>
        <translation>{name}: file not found.</translation>
    </message>
    <message>
        <source>{name}: ini folder, bukan berkas rencana.</source>
        <translation>{name}: this is a folder, not a plan file.</translation>
    </message>
    <message>
        <source>{name}: tidak dapat dibaca ({detail}).</source>
        <translation>{name}: cannot be read ({detail}).</translation>
    </message>
    <message>
        <source>{name}: bukan berkas rencana Jadwal Kerja ASN (.jadwal).</source>
        <translation>{name}: not a Jadwal Kerja ASN plan file (.jadwal).</translation>
    </message>
    <message>
        <source>{name}: dibuat dengan versi Jadwal Kerja ASN yang lebih baru (format {detail}, versi ini mengenal sampai format {known}). Perbarui aplikasi untuk membukanya.</source>
        <translation>{name}: made with a newer version of Jadwal Kerja ASN (format {detail}; this version knows up to format {known}). Update the application to open it.</translation>
    </message>
    <message>
        <source>{name}: berkas rusak dan tidak dapat dibaca.</source>
        <translation>{name}: the file is damaged and cannot be read.</translation>
    </message>
    <message>
        <source>{name}: rencana sedang disimpan oleh program lain, coba lagi.</source>
        <translation>{name}: another program is saving this plan; try again.</translation>
    </message>
    <message>
        <source>{name}: berkas atau foldernya hanya-baca; simpan ke tempat lain (Simpan sebagai).</source>
        <translation>{name}: the file or its folder is read-only; save it elsewhere (Save as).</translation>
    </message>
    <message>
        <source>{name}: disk penuh; kosongkan ruang lalu simpan lagi.</source>
        <translation>{name}: the disk is full; free some space, then save again.</translation>
    </message>
    <message>
        <source>{name}: gagal menyimpan ({detail}).</source>
        <translation>{name}: could not be saved ({detail}).</translation>
    </message>
</context>
<context>
    <name>GridModel</name>
    <message>
        <source>No</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Nama / NIP</source>
        <translation>Name / NIP</translation>
    </message>
    <message>
        <source>Jabatan</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>JJ</source>
        <translation>Rem</translation>
    </message>
    <message>
        <source>Hari kerja jarak jauh (WFH, WFA) tiap pegawai dalam periode rencana</source>
        <translation>Remote working days (WFH, WFA) of each person in the plan&apos;s period</translation>
    </message>
    <message>
        <source>Kategori: {category}</source>
        <translation>Category: {category}</translation>
    </message>
    <message>
        <source>Tidak boleh bekerja jarak jauh: {reason}</source>
        <translation>May not work remotely: {reason}</translation>
    </message>
    <message>
        <source>{days} hari jarak jauh dalam periode</source>
        <translation>{days} remote days in the period</translation>
    </message>
    <message>
        <source>Minggu {day}: {count} hari</source>
        <translation>Week of {day}: {count} days</translation>
    </message>
    <message>
        <source>(batas {cap} hari per minggu)</source>
        <translation>(limit {cap} days a week)</translation>
    </message>
    <message>
        <source>Bukan hari kerja: {name}</source>
        <translation>Not a working day: {name}</translation>
    </message>
    <message>
        <source>Kosong: dihitung sebagai WFO</source>
        <translation>Empty: counts as WFO</translation>
    </message>
    <message>
        <source>Dikunci: isi otomatis tidak mengubah sel ini</source>
        <translation>Locked: autofill leaves this cell alone</translation>
    </message>
    <message>
        <source>Σ Seluruh instansi</source>
        <translation>Σ Whole agency</translation>
    </message>
    <message>
        <source>Bukan hari kerja</source>
        <translation>Not a working day</translation>
    </message>
    <message>
        <source>Jarak jauh {remote} dari {headcount} = {percent}
Di kantor {office}, tidak hadir {absent}</source>
        <translation>Remote {remote} of {headcount} = {percent}
In the office {office}, absent {absent}</translation>
    </message>
    <message>
        <source>di luar masa berlaku: WFO</source>
        <translation>outside the period: WFO</translation>
    </message>
    <message>
        <source>Libur nasional</source>
        <translation>National holiday</translation>
    </message>
    <message>
        <source>Cuti bersama</source>
        <translation>Collective leave (cuti bersama)</translation>
    </message>
    <message>
        <source>Libur instansi</source>
        <translation>Agency day off</translation>
    </message>
    <message>
        <source>Akhir pekan</source>
        <translation>Weekend</translation>
    </message>
    <message>
        <source>Di luar masa berlaku {circular}: hari kerja biasa (WFO)</source>
        <translation>Outside the periods of {circular}: a normal office day (WFO)</translation>
    </message>
    <message>
        <source>{errors} kesalahan, {warnings} peringatan pada hari ini</source>
        <translation>{errors} errors, {warnings} warnings on this day</translation>
    </message>
    <message>
        <source>Non-ASN {number}</source>
        <translation>Non-ASN {number}</translation>
    </message>
</context>
<context>
    <name>GridView</name>
    <message>
        <source>Cari nama, NIP, jabatan atau unit…</source>
        <translation>Find a name, NIP, position or unit…</translation>
    </message>
    <message>
        <source>Saring:</source>
        <translation>Filter:</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <source>Panduan Jadwal Kerja ASN</source>
        <translation>Jadwal Kerja ASN guide</translation>
    </message>
</context>
<context>
    <name>Issues</name>
    <message>
        <source>Sumber: {source}</source>
        <translation>Source: {source}</translation>
    </message>
    <message>
        <source>KESALAHAN</source>
        <translation>ERROR</translation>
    </message>
    <message>
        <source>PERINGATAN</source>
        <translation>WARNING</translation>
    </message>
</context>
<context>
    <name>IssuesPanel</name>
    <message>
        <source>{errors} kesalahan, {warnings} peringatan. Klik salah satu untuk memilih selnya.</source>
        <translation>Errors: {errors}, warnings: {warnings}. Click one to select its cells.</translation>
    </message>
    <message>
        <source>Tidak ada masalah: rencana sesuai surat edaran dan kebijakan instansi.</source>
        <translation>No issues: the plan follows the circular and the agency policy.</translation>
    </message>
</context>
<context>
    <name>Job</name>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Membatalkan…</source>
        <translation>Cancelling…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Masalah</source>
        <translation>Issues</translation>
    </message>
    <message>
        <source>Surat edaran</source>
        <translation>Circular</translation>
    </message>
    <message>
        <source>Riwayat perubahan</source>
        <translation>Change history</translation>
    </message>
    <message>
        <source>Penetapan</source>
        <translation>Sign-off</translation>
    </message>
    <message>
        <source>&amp;Berkas</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>Berkas &amp;terakhir</source>
        <translation>&amp;Recent files</translation>
    </message>
    <message>
        <source>Tanda tangan &amp;elektronik</source>
        <translation>&amp;Electronic signature</translation>
    </message>
    <message>
        <source>&amp;Ubah</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>&amp;Status</translation>
    </message>
    <message>
        <source>&amp;Rencana</source>
        <translation>&amp;Plan</translation>
    </message>
    <message>
        <source>Surat &amp;edaran</source>
        <translation>&amp;Circular</translation>
    </message>
    <message>
        <source>&amp;Tampilan</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Pengaturan</source>
        <translation>Se&amp;ttings</translation>
    </message>
    <message>
        <source>&amp;Bahasa / Language</source>
        <translation>&amp;Language / Bahasa</translation>
    </message>
    <message>
        <source>Ban&amp;tuan</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>Utama</source>
        <translation>Main</translation>
    </message>
    <message>
        <source> Surat edaran: </source>
        <translation> Circular: </translation>
    </message>
    <message>
        <source>Surat edaran yang dipakai untuk memeriksa rencana ini</source>
        <translation>The circular this plan is checked against</translation>
    </message>
    <message>
        <source>(rencana seperti saat dibuka)</source>
        <translation>(the plan as opened)</translation>
    </message>
    <message>
        <source>{title}: {errors} kesalahan, {warnings} peringatan</source>
        <translation>{title} — errors: {errors}, warnings: {warnings}</translation>
    </message>
    <message>
        <source>{title}[*] — Jadwal Kerja ASN</source>
        <translation>{title}[*] — Jadwal Kerja ASN</translation>
    </message>
    <message>
        <source>{errors} kesalahan, {warnings} peringatan · {circular}</source>
        <translation>Errors: {errors}, warnings: {warnings} · {circular}</translation>
    </message>
    <message>
        <source> · minggu terpotong dari {name}</source>
        <translation> · cut weeks from {name}</translation>
    </message>
    <message>
        <source>Batalkan: {step}</source>
        <translation>Undo: {step}</translation>
    </message>
    <message>
        <source>Ulangi: {step}</source>
        <translation>Redo: {step}</translation>
    </message>
    <message>
        <source>Simpan otomatis gagal: {message}</source>
        <translation>Autosave failed: {message}</translation>
    </message>
    <message>
        <source>Pilih dulu sel pegawai pada tanggal tertentu.</source>
        <translation>First select staff cells on one or more days.</translation>
    </message>
    <message>
        <source>&amp;Kuas: {code}</source>
        <translation>&amp;Brush: {code}</translation>
    </message>
    <message>
        <source>Kuas: {code}</source>
        <translation>Brush: {code}</translation>
    </message>
    <message>
        <source>Kuas {code}: seret di grid untuk mengisi. Tekan B untuk berhenti.</source>
        <translation>Brush {code}: drag across the grid to fill. Press B to stop.</translation>
    </message>
    <message>
        <source>Salin pola: {count} sel diubah.</source>
        <translation>Copy pattern: {count} cells changed.</translation>
    </message>
    <message>
        <source>{shown} dari {total} pegawai</source>
        <translation>{shown} of {total} staff</translation>
    </message>
    <message>
        <source>Kuas {code}</source>
        <translation>Brush {code}</translation>
    </message>
    <message>
        <source>Salin</source>
        <translation>Copy</translation>
    </message>
    <message>
        <source>Salin hanya dapat untuk satu blok tanggal yang bersebelahan, sama untuk setiap pegawai.</source>
        <translation>Only one block of adjacent dates, the same for every staff member, can be copied.</translation>
    </message>
    <message>
        <source>{count} sel disalin.</source>
        <translation>Cells copied: {count}.</translation>
    </message>
    <message>
        <source>Pilih sel tujuan, lalu tempel.</source>
        <translation>Select the target cell, then paste.</translation>
    </message>
    <message>
        <source>Teks yang ditempel terlalu panjang untuk grid ini; yang dapat ditempel hanya kode status.</source>
        <translation>The pasted text is too long for this grid; only status codes can be pasted.</translation>
    </message>
    <message>
        <source>Tempel dibatalkan</source>
        <translation>Paste cancelled</translation>
    </message>
    <message>
        <source>Kode {code!r} pada baris {row}, kolom {column} tidak dikenal (yang dikenal: {codes}).</source>
        <translation>Unknown code {code!r} in row {row}, column {column} (known codes: {codes}).</translation>
    </message>
    <message>
        <source>Tidak ada sel yang diubah.</source>
        <translation>No cells were changed.</translation>
    </message>
    <message>
        <source>{count} sel diubah oleh tempel.</source>
        <translation>Cells changed by pasting: {count}.</translation>
    </message>
    <message>
        <source>Rentang tanggal dipersempit</source>
        <translation>Date range narrowed</translation>
    </message>
    <message>
        <source>{count} sel yang sudah diisi berada di luar rentang baru dan akan dibuang. Lanjutkan?</source>
        <translation>Filled cells outside the new range will be discarded: {count}. Continue?</translation>
    </message>
    <message>
        <source>Rencana tetangga untuk minggu terpotong</source>
        <translation>Neighbouring plan for cut weeks</translation>
    </message>
    <message>
        <source>Rencana ini mulai hari Senin dan berakhir hari Minggu: tidak ada minggu terpotong.</source>
        <translation>This plan starts on a Monday and ends on a Sunday: no week is cut.</translation>
    </message>
    <message>
        <source>Pilih berkas rencana lain, bukan rencana yang sedang dibuka.</source>
        <translation>Choose another plan file, not the plan that is open.</translation>
    </message>
    <message>
        <source>Minggu terpotong diperiksa tanpa rencana tetangga: hari di luar rencana belum diketahui.</source>
        <translation>Cut weeks checked without a neighbouring plan: days outside the plan are not known.</translation>
    </message>
    <message>
        <source>{name} tidak mencakup hari di luar rencana ini pada minggu terpotong ({days}).</source>
        <translation>{name} does not cover the days of the cut weeks outside this plan ({days}).</translation>
    </message>
    <message>
        <source>Minggu terpotong diperiksa dengan {name} ({count} hari di luar rencana ini).</source>
        <translation>Cut weeks checked with {name} ({count} days outside this plan).</translation>
    </message>
    <message>
        <source>Ubah profil instansi dan penanda tangan</source>
        <translation>Change agency profile and signatory</translation>
    </message>
    <message>
        <source>Ubah unit kerja</source>
        <translation>Change units</translation>
    </message>
    <message>
        <source>Belum ada unit kerja</source>
        <translation>No units yet</translation>
    </message>
    <message>
        <source>Buat unit kerja dulu (menu Rencana › Unit kerja).</source>
        <translation>Create a unit first (menu Plan › Units).</translation>
    </message>
    <message>
        <source>Tambah {name}</source>
        <translation>Add {name}</translation>
    </message>
    <message>
        <source>Pilih dulu baris pegawai.</source>
        <translation>Select a staff row first.</translation>
    </message>
    <message>
        <source>Ubah {name}</source>
        <translation>Edit {name}</translation>
    </message>
    <message>
        <source>Hapus pegawai</source>
        <translation>Remove staff</translation>
    </message>
    <message>
        <source>{names} sudah punya {days} hari terisi pada rencana ini. Hapus juga? (Bisa dibatalkan.)</source>
        <translation>Days already filled in this plan for {names}: {days}. Remove anyway? (This can be undone.)</translation>
    </message>
    <message>
        <source>Hapus {names}</source>
        <translation>Remove {names}</translation>
    </message>
    <message>
        <source>Batalkan libur instansi {when} ({name})</source>
        <translation>Cancel the agency day off on {when} ({name})</translation>
    </message>
    <message>
        <source>Kembalikan {name} sebagai hari libur</source>
        <translation>Make {name} a day off again</translation>
    </message>
    <message>
        <source>Tetap bekerja pada {name} ({when})</source>
        <translation>Work as usual on {name} ({when})</translation>
    </message>
    <message>
        <source>Jadikan hari libur instansi…</source>
        <translation>Make this an agency day off…</translation>
    </message>
    <message>
        <source>Hari libur instansi</source>
        <translation>Agency day off</translation>
    </message>
    <message>
        <source>Nama hari libur pada {when} (misalnya HUT Provinsi):</source>
        <translation>Name of the day off on {when} (e.g. HUT Provinsi):</translation>
    </message>
    <message>
        <source>Libur instansi {when}: {name}</source>
        <translation>Agency day off {when}: {name}</translation>
    </message>
    <message>
        <source>Surat edaran tersimpan</source>
        <translation>Circular saved</translation>
    </message>
    <message>
        <source>{name} tersimpan. Pakai untuk memeriksa rencana ini?</source>
        <translation>{name} has been saved. Use it to check this plan?</translation>
    </message>
    <message>
        <source>Ekspor ke Excel</source>
        <translation>Export to Excel</translation>
    </message>
    <message>
        <source>Buku kerja Excel (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>Buka folder</source>
        <translation>Open folder</translation>
    </message>
    <message>
        <source>Simpan dulu</source>
        <translation>Save first</translation>
    </message>
    <message>
        <source>Simpan rencana sebelum menandatangani: penetapan dicatat di berkas rencana.</source>
        <translation>Save the plan before signing: the sign-off is recorded in the plan file.</translation>
    </message>
    <message>
        <source>Perubahan belum disimpan</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <source>Simpan perubahan pada {title}?</source>
        <translation>Save the changes to {title}?</translation>
    </message>
    <message>
        <source>Buka rencana</source>
        <translation>Open plan</translation>
    </message>
    <message>
        <source>Rencana Jadwal Kerja ASN (*{extension})</source>
        <translation>Jadwal Kerja ASN plans (*{extension})</translation>
    </message>
    <message>
        <source>Rencana tidak dapat dibuka</source>
        <translation>The plan cannot be opened</translation>
    </message>
    <message>
        <source>Simpan rencana</source>
        <translation>Save plan</translation>
    </message>
    <message>
        <source>Timpa berkas?</source>
        <translation>Replace the file?</translation>
    </message>
    <message>
        <source>{name} sudah ada. Timpa berkas itu?</source>
        <translation>{name} already exists. Replace it?</translation>
    </message>
    <message>
        <source>Rencana tidak tersimpan</source>
        <translation>The plan was not saved</translation>
    </message>
    <message>
        <source>Perubahan Anda masih ada di jendela ini.</source>
        <translation>Your changes are still in this window.</translation>
    </message>
    <message>
        <source>Tersimpan: {path}</source>
        <translation>Saved: {path}</translation>
    </message>
    <message>
        <source>Bahasa / Language</source>
        <translation>Language / Bahasa</translation>
    </message>
    <message>
        <source>Tentang Jadwal Kerja ASN</source>
        <translation>About Jadwal Kerja ASN</translation>
    </message>
    <message>
        <source>&lt;b&gt;Jadwal Kerja ASN&lt;/b&gt;&lt;br&gt;Perencana jadwal WFO/WFH pegawai ASN sesuai surat edaran.&lt;br&gt;&lt;br&gt;Hari libur nasional dan cuti bersama: paket &lt;i&gt;holidays&lt;/i&gt; (SKB 3 Menteri). Bekerja tanpa internet.</source>
        <translation>&lt;b&gt;Jadwal Kerja ASN&lt;/b&gt;&lt;br&gt;WFO/WFH schedule planner for ASN staff, following the circulars.&lt;br&gt;&lt;br&gt;National holidays and collective leave days: the &lt;i&gt;holidays&lt;/i&gt; package (SKB 3 Menteri). Works without internet.</translation>
    </message>
</context>
<context>
    <name>NewPlanDialog</name>
    <message>
        <source>Rencana baru</source>
        <translation>New plan</translation>
    </message>
    <message>
        <source>Jadwal WFO/WFH</source>
        <translation>WFO/WFH schedule</translation>
    </message>
    <message>
        <source>Nama rencana</source>
        <translation>Plan name</translation>
    </message>
    <message>
        <source>Surat edaran</source>
        <translation>Circular</translation>
    </message>
    <message>
        <source>Tanggal awal</source>
        <translation>Start date</translation>
    </message>
    <message>
        <source>Tanggal akhir</source>
        <translation>End date</translation>
    </message>
    <message>
        <source>Unit kerja dan pegawai ditambahkan sesudahnya (menu Rencana).</source>
        <translation>Units and staff are added afterwards (Plan menu).</translation>
    </message>
    <message>
        <source>Jadwal WFO/WFH {citation}</source>
        <translation>WFO/WFH schedule under {citation}</translation>
    </message>
    <message>
        <source>Tanggal akhir sebelum tanggal awal.</source>
        <translation>The end date is before the start date.</translation>
    </message>
    <message>
        <source>Rentang paling panjang {days} hari.</source>
        <translation>The range can be at most {days} days long.</translation>
    </message>
</context>
<context>
    <name>OpeningNotes</name>
    <message>
        <source>Catatan tentang rencana ini</source>
        <translation>Notes on this plan</translation>
    </message>
</context>
<context>
    <name>Operations</name>
    <message>
        <source>kosong</source>
        <translation>empty</translation>
    </message>
    <message>
        <source>Isi {count} sel dengan {status}</source>
        <translation>Set {count} cells to {status}</translation>
    </message>
    <message>
        <source>Tempel {count} sel</source>
        <translation>Paste {count} cells</translation>
    </message>
    <message>
        <source>Ubah pengaturan rencana</source>
        <translation>Change plan settings</translation>
    </message>
    <message>
        <source>Salin pola minggu {day} ke {weeks} minggu berikutnya</source>
        <translation>Copy the pattern of the week of {day} onto the next {weeks} weeks</translation>
    </message>
    <message>
        <source>Salin pola dari {name}</source>
        <translation>Copy the pattern from {name}</translation>
    </message>
</context>
<context>
    <name>PdfExport</name>
    <message>
        <source>Kesalahan program saat menyiapkan jadwal: {error}</source>
        <translation>Program error while preparing the schedule: {error}</translation>
    </message>
    <message>
        <source>Pencetak tidak dapat dipakai: periksa pencetak yang dipilih, lalu coba lagi.</source>
        <translation>The printer cannot be used: check the printer you chose, then try again.</translation>
    </message>
    <message>
        <source>Jadwal tidak dapat dibuat</source>
        <translation>The schedule cannot be produced</translation>
    </message>
    <message>
        <source>Ekspor jadwal resmi ke PDF</source>
        <translation>Export the official schedule to PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Menyusun jadwal resmi ke {name}…</source>
        <translation>Writing the official schedule to {name}…</translation>
    </message>
    <message>
        <source>Jadwal resmi disimpan ke {path}: {pages} halaman, ID dokumen {id}.</source>
        <translation>Official schedule saved to {path} (pages: {pages}, document ID {id}).</translation>
    </message>
    <message>
        <source>Bagikan sebagai gambar</source>
        <translation>Share as picture</translation>
    </message>
    <message>
        <source>Rencana ini belum berisi pegawai.</source>
        <translation>This plan has no staff yet.</translation>
    </message>
    <message>
        <source>Semua unit (satu gambar per unit)</source>
        <translation>All units (one picture per unit)</translation>
    </message>
    <message>
        <source>Unit:</source>
        <translation>Unit:</translation>
    </message>
    <message>
        <source>Semua minggu (satu gambar per minggu)</source>
        <translation>All weeks (one picture per week)</translation>
    </message>
    <message>
        <source>Minggu {number}: {first} – {last}</source>
        <translation>Week {number}: {first} – {last}</translation>
    </message>
    <message>
        <source>Minggu:</source>
        <translation>Week:</translation>
    </message>
    <message>
        <source>Simpan gambar jadwal</source>
        <translation>Save schedule picture</translation>
    </message>
    <message>
        <source>Gambar PNG (*.png)</source>
        <translation>PNG picture (*.png)</translation>
    </message>
    <message>
        <source>Menyusun gambar jadwal ke {name}…</source>
        <translation>Making schedule pictures as {name}…</translation>
    </message>
    <message>
        <source>{count} gambar jadwal disimpan di {folder}.</source>
        <translation>{count} schedule picture(s) saved in {folder}.</translation>
    </message>
    <message>
        <source>Menyusun pratinjau jadwal…</source>
        <translation>Preparing the schedule preview…</translation>
    </message>
    <message>
        <source>Mencetak jadwal resmi…</source>
        <translation>Printing the official schedule…</translation>
    </message>
</context>
<context>
    <name>PdfOptionsDialog</name>
    <message>
        <source>Cetak jadwal resmi</source>
        <translation>Print the official schedule</translation>
    </message>
    <message>
        <source>&amp;Kertas:</source>
        <translation>&amp;Paper:</translation>
    </message>
    <message>
        <source>&amp;Mendatar</source>
        <translation>&amp;Landscape</translation>
    </message>
    <message>
        <source>&amp;Tegak</source>
        <translation>P&amp;ortrait</translation>
    </message>
    <message>
        <source>Arah:</source>
        <translation>Orientation:</translation>
    </message>
    <message>
        <source>Satu bagian per &amp;unit, masing-masing di halaman baru</source>
        <translation>One section per &amp;unit, each on a new page</translation>
    </message>
    <message>
        <source>&amp;Tanggal tanda tangan:</source>
        <translation>&amp;Signing date:</translation>
    </message>
    <message>
        <source>kosong: ruang untuk tanda tangan basah dan cap</source>
        <translation>empty: signed by hand</translation>
    </message>
    <message>
        <source>&amp;Pilih…</source>
        <translation>&amp;Choose…</translation>
    </message>
    <message>
        <source>Gambar tanda tangan:</source>
        <translation>Signature image:</translation>
    </message>
    <message>
        <source>Sebagai &amp;lampiran (blok LAMPIRAN di kanan atas)</source>
        <translation>As an &amp;attachment (LAMPIRAN block at top right)</translation>
    </message>
    <message>
        <source>mis. SURAT EDARAN SEKRETARIS DAERAH</source>
        <translation>e.g. SURAT EDARAN SEKRETARIS DAERAH</translation>
    </message>
    <message>
        <source>LAMPIRAN:</source>
        <translation>ATTACHMENT:</translation>
    </message>
    <message>
        <source>NOMOR:</source>
        <translation>NUMBER:</translation>
    </message>
    <message>
        <source>TANGGAL:</source>
        <translation>DATE:</translation>
    </message>
    <message>
        <source>TENTANG:</source>
        <translation>CONCERNING:</translation>
    </message>
    <message>
        <source>Siapkan untuk &amp;TTE di aplikasi BSrE (Besign, Panter, SRIKANDI): kolom tanda tangan kosong</source>
        <translation>Prepare for &amp;electronic signing in BSrE&apos;s apps (Besign, Panter, SRIKANDI): an empty signature field</translation>
    </message>
    <message>
        <source>&amp;Draf (bertanda “{mark}”)</source>
        <translation>&amp;Draft (marked “{mark}”)</translation>
    </message>
    <message>
        <source>Rencana ini masih memuat {count} kesalahan, jadi jadwal resmi tidak dapat dicetak. Perbaiki kesalahannya (panel Masalah), atau cetak sebagai draf.</source>
        <translation>This plan still has errors ({count}), so the official schedule cannot be printed. Fix the errors (Issues panel), or print it as a draft.</translation>
    </message>
    <message>
        <source>Pilih gambar tanda tangan</source>
        <translation>Choose a signature image</translation>
    </message>
    <message>
        <source>Gambar (*.png *.jpg *.jpeg)</source>
        <translation>Images (*.png *.jpg *.jpeg)</translation>
    </message>
</context>
<context>
    <name>PeriodEditor</name>
    <message>
        <source>mis. Masa KTT ASEAN</source>
        <translation>e.g. Masa KTT ASEAN</translation>
    </message>
    <message>
        <source>Tambah rentang tanggal</source>
        <translation>Add date range</translation>
    </message>
    <message>
        <source>Untuk tanggal yang terpisah dengan aturan yang sama, mis. 16–17 dan 25–27 Maret</source>
        <translation>For separate dates with the same rules, e.g. 16–17 and 25–27 March</translation>
    </message>
    <message>
        <source>WFH (dari rumah)</source>
        <translation>WFH (from home)</translation>
    </message>
    <message>
        <source>WFA (dari lokasi lain)</source>
        <translation>WFA (from another location)</translation>
    </message>
    <message>
        <source>Senin</source>
        <translation>Monday</translation>
    </message>
    <message>
        <source>Selasa</source>
        <translation>Tuesday</translation>
    </message>
    <message>
        <source>Rabu</source>
        <translation>Wednesday</translation>
    </message>
    <message>
        <source>Kamis</source>
        <translation>Thursday</translation>
    </message>
    <message>
        <source>Jumat</source>
        <translation>Friday</translation>
    </message>
    <message>
        <source>Sabtu</source>
        <translation>Saturday</translation>
    </message>
    <message>
        <source>Minggu</source>
        <translation>Sunday</translation>
    </message>
    <message>
        <source>kosong: berlaku di setiap zona; mis. kuning</source>
        <translation>empty: applies in every zone; e.g. kuning</translation>
    </message>
    <message>
        <source>Nama masa berlaku</source>
        <translation>Period name</translation>
    </message>
    <message>
        <source>Tanggal berlaku</source>
        <translation>Dates</translation>
    </message>
    <message>
        <source>Hanya pada hari (kosong: setiap hari dalam rentang)</source>
        <translation>Only on these days (none: every day of the range)</translation>
    </message>
    <message>
        <source>Zona risiko wilayah</source>
        <translation>Region&apos;s risk zone</translation>
    </message>
    <message>
        <source>Status jarak jauh yang diizinkan</source>
        <translation>Remote statuses allowed</translation>
    </message>
    <message>
        <source>Aturan per kategori layanan</source>
        <translation>Rules per service category</translation>
    </message>
    <message>
        <source>Kategori</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Aturan</source>
        <translation>Rule</translation>
    </message>
    <message>
        <source>Nilai</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>tidak disebut (tidak boleh jarak jauh)</source>
        <translation>not mentioned (no remote work)</translation>
    </message>
    <message>
        <source>Jarak jauh paling banyak … %</source>
        <translation>Remote at most … %</translation>
    </message>
    <message>
        <source>Di kantor paling sedikit … %</source>
        <translation>In the office at least … %</translation>
    </message>
    <message>
        <source>Di kantor paling banyak … %</source>
        <translation>In the office at most … %</translation>
    </message>
    <message>
        <source>WFO 100 % (tidak boleh jarak jauh)</source>
        <translation>WFO 100 % (no remote work)</translation>
    </message>
    <message>
        <source>Jarak jauh tanpa kuota (ditetapkan pimpinan)</source>
        <translation>Remote without quota (set by the head of office)</translation>
    </message>
    <message>
        <source>Jarak jauh paling banyak … hari per minggu per pegawai</source>
        <translation>Remote at most … days a week per staff member</translation>
    </message>
    <message>
        <source>100 hari per minggu</source>
        <translation>100 days a week</translation>
    </message>
    <message>
        <source>Kategori yang tidak disebut tidak boleh bekerja jarak jauh pada masa ini.</source>
        <translation>Categories not mentioned may not work remotely in this period.</translation>
    </message>
    <message>
        <source>pasal, angka atau lampiran, mis. angka 4 huruf a</source>
        <translation>article, item or annex, e.g. angka 4 huruf a</translation>
    </message>
    <message>
        <source>dasar</source>
        <translation>clause</translation>
    </message>
    <message>
        <source>seperti surat edaran</source>
        <translation>as the circular</translation>
    </message>
    <message>
        <source>dihitung per</source>
        <translation>counted per</translation>
    </message>
    <message>
        <source>Tambah aturan</source>
        <translation>Add rule</translation>
    </message>
    <message>
        <source>Aturan lain untuk kategori ini yang juga harus dipenuhi, mis. WFO paling sedikit 50 %</source>
        <translation>Another rule this category must also keep, e.g. office at least 50 %</translation>
    </message>
    <message>
        <source>Hapus aturan</source>
        <translation>Remove rule</translation>
    </message>
    <message>
        <source>seluruh instansi</source>
        <translation>the whole agency</translation>
    </message>
    <message>
        <source>setiap unit teratas (OPD)</source>
        <translation>each top-level unit (OPD)</translation>
    </message>
    <message>
        <source>setiap unit terkecil</source>
        <translation>each smallest unit</translation>
    </message>
    <message>
        <source>setiap unit tingkat 2</source>
        <translation>each unit at level 2</translation>
    </message>
    <message>
        <source>setiap unit tingkat 3</source>
        <translation>each unit at level 3</translation>
    </message>
    <message>
        <source> hari per minggu</source>
        <translation> days a week</translation>
    </message>
</context>
<context>
    <name>PlanSettingsDialog</name>
    <message>
        <source>Pengaturan rencana</source>
        <translation>Plan settings</translation>
    </message>
    <message>
        <source>Rencana</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>mis. WFH Setda NTB setelah Idul Fitri 2024</source>
        <translation>e.g. WFH Setda NTB after Idul Fitri 2024</translation>
    </message>
    <message>
        <source>sampai</source>
        <translation>to</translation>
    </message>
    <message>
        <source>Unit terkecil (masing-masing unit)</source>
        <translation>Smallest unit (each unit)</translation>
    </message>
    <message>
        <source>Tingkat 1 (unit teratas)</source>
        <translation>Level 1 (top units)</translation>
    </message>
    <message>
        <source>Tingkat {level}</source>
        <translation>Level {level}</translation>
    </message>
    <message>
        <source>Nama rencana:</source>
        <translation>Plan name:</translation>
    </message>
    <message>
        <source>Tanggal:</source>
        <translation>Dates:</translation>
    </message>
    <message>
        <source>Total harian ditampilkan per:</source>
        <translation>Daily totals shown per:</translation>
    </message>
    <message>
        <source>Jumlah WFO/WFH harian ditampilkan per unit pada tingkat ini. Kuota sendiri dihitung
menurut cakupan surat edaran, dan juga per cakupan instansi bila dipilih di bawah.</source>
        <translation>Daily WFO/WFH counts are shown per unit at this level. The quota itself is counted
over the circular&apos;s scope, and also over the agency&apos;s scope when one is chosen below.</translation>
    </message>
    <message>
        <source>Kebijakan instansi</source>
        <translation>Agency policy</translation>
    </message>
    <message>
        <source>Bekerja jarak jauh (WFH/WFA) paling banyak</source>
        <translation>Remote work (WFH/WFA) at most</translation>
    </message>
    <message>
        <source>WFO per unit per hari paling sedikit</source>
        <translation>WFO per unit per day at least</translation>
    </message>
    <message>
        <source> orang</source>
        <translation> staff</translation>
    </message>
    <message numerus="yes">
        <source>%n pasangan pegawai yang tidak boleh bersamaan bekerja jarak jauh</source>
        <translation>
            <numerusform>%n pair of staff who may not work remotely on the same day</numerusform>
            <numerusform>%n pairs of staff who may not work remotely on the same day</numerusform>
        </translation>
    </message>
    <message>
        <source>(ditampilkan sebagai {severity})</source>
        <translation>(shown as {severity})</translation>
    </message>
    <message>
        <source>Batas instansi lebih ketat dari surat edaran; berlaku untuk setiap kategori yang boleh
bekerja jarak jauh. Batas surat edaran sendiri tetap berlaku sebagai kesalahan.</source>
        <translation>The agency cap is stricter than the circular; it applies to every category allowed
to work remotely. The circular&apos;s own cap still applies, as an error.</translation>
    </message>
    <message>
        <source>Setiap unit menyisakan sekurang-kurangnya sekian pegawai WFO pada setiap hari kerja;
unit yang pegawainya lebih sedikit harus WFO seluruhnya.</source>
        <translation>Each unit keeps at least this many staff WFO on every working day;
units with fewer staff must be entirely WFO.</translation>
    </message>
    <message>
        <source>Tampilkan sebagai</source>
        <translation>Show as</translation>
    </message>
    <message>
        <source>Kuota surat edaran juga dihitung</source>
        <translation>Also count the circular&apos;s quota</translation>
    </message>
    <message>
        <source>Zona risiko wilayah</source>
        <translation>Region&apos;s risk zone</translation>
    </message>
    <message>
        <source>tidak (cakupan surat edaran saja)</source>
        <translation>no (the circular&apos;s scope only)</translation>
    </message>
    <message>
        <source>per unit teratas (OPD)</source>
        <translation>per top-level unit (OPD)</translation>
    </message>
    <message>
        <source>per unit tingkat {level}</source>
        <translation>per level {level} unit</translation>
    </message>
    <message>
        <source>per unit terkecil</source>
        <translation>per smallest unit</translation>
    </message>
    <message>
        <source>Persentase surat edaran juga diperiksa atas setiap unit pada cakupan ini, selain atas
cakupan surat edaran sendiri (yang tetap berlaku sebagai kesalahan).</source>
        <translation>The circular&apos;s percentages are also checked over each unit of this scope, besides
the circular&apos;s own scope (which still applies as an error).</translation>
    </message>
    <message>
        <source>belum disebut</source>
        <translation>not stated</translation>
    </message>
    <message>
        <source>Untuk surat edaran yang aturannya mengikuti zona risiko wilayah (SE MenPANRB 67/2020).</source>
        <translation>For circulars whose rules follow the region&apos;s risk zone (SE MenPANRB 67/2020).</translation>
    </message>
    <message>
        <source>Surat edaran rencana ini tidak membedakan zona risiko.</source>
        <translation>This plan&apos;s circular does not distinguish risk zones.</translation>
    </message>
    <message>
        <source>Hitung pegawai non-ASN dalam kuota</source>
        <translation>Count non-ASN staff in the quotas</translation>
    </message>
    <message>
        <source>Surat edaran mengatur ASN; tanpa centang ini pegawai non-ASN (PPNPN/honorer) tetap
dijadwalkan, tetapi tidak dihitung dalam persentase.</source>
        <translation>Circulars govern ASN; without this tick non-ASN staff (PPNPN/honorer) are still
scheduled, but not counted in the percentages.</translation>
    </message>
    <message>
        <source>seluruh instansi</source>
        <translation>the whole agency</translation>
    </message>
    <message>
        <source>Kesalahan</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Peringatan</source>
        <translation>Warning</translation>
    </message>
    <message>
        <source>Nama rencana tidak boleh kosong.</source>
        <translation>The plan name cannot be empty.</translation>
    </message>
    <message>
        <source>Tanggal akhir lebih awal dari tanggal mulai.</source>
        <translation>The end date is before the start date.</translation>
    </message>
    <message numerus="yes">
        <source>%n hari kalender</source>
        <translation>
            <numerusform>%n calendar day</numerusform>
            <numerusform>%n calendar days</numerusform>
        </translation>
    </message>
    <message>
        <source>Rentang {days} hari terlalu panjang: paling lama {limit} hari.</source>
        <translation>A range of {days} days is too long: at most {limit} days.</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <source>Profil instansi dan penanda tangan</source>
        <translation>Agency profile and signatory</translation>
    </message>
    <message>
        <source>Kop surat</source>
        <translation>Letterhead</translation>
    </message>
    <message>
        <source>Penanda tangan</source>
        <translation>Signatory</translation>
    </message>
    <message>
        <source>mis. Jalan Pejanggik Nomor 12, Mataram 83121</source>
        <translation>e.g. Jalan Pejanggik Nomor 12, Mataram 83121</translation>
    </message>
    <message>
        <source>mis. (0370) 621356</source>
        <translation>e.g. (0370) 621356</translation>
    </message>
    <message>
        <source>mis. setda@ntbprov.go.id</source>
        <translation>e.g. setda@ntbprov.go.id</translation>
    </message>
    <message>
        <source>mis. ntbprov.go.id</source>
        <translation>e.g. ntbprov.go.id</translation>
    </message>
    <message>
        <source>tanpa logo</source>
        <translation>no logo</translation>
    </message>
    <message>
        <source>Pilih…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>Hapus</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Baris kop:</source>
        <translation>Letterhead lines:</translation>
    </message>
    <message>
        <source>Satu baris kop per baris, dengan huruf kapital, dari atas ke bawah.</source>
        <translation>One letterhead line per line, in capitals, from top to bottom.</translation>
    </message>
    <message>
        <source>Alamat:</source>
        <translation>Address:</translation>
    </message>
    <message>
        <source>Telepon:</source>
        <translation>Phone:</translation>
    </message>
    <message>
        <source>Surel:</source>
        <translation>Email:</translation>
    </message>
    <message>
        <source>Laman:</source>
        <translation>Website:</translation>
    </message>
    <message>
        <source>Logo:</source>
        <translation>Logo:</translation>
    </message>
    <message>
        <source>mis. Mataram</source>
        <translation>e.g. Mataram</translation>
    </message>
    <message>
        <source>Tempat penandatanganan (kota):</source>
        <translation>Place of signing (city):</translation>
    </message>
    <message>
        <source>WIB (UTC+7)</source>
        <translation>WIB (UTC+7)</translation>
    </message>
    <message>
        <source>WITA (UTC+8)</source>
        <translation>WITA (UTC+8)</translation>
    </message>
    <message>
        <source>WIT (UTC+9)</source>
        <translation>WIT (UTC+9)</translation>
    </message>
    <message>
        <source>Zona waktu:</source>
        <translation>Time zone:</translation>
    </message>
    <message>
        <source>Mengetahui (atasan, opsional)</source>
        <translation>Acknowledged by (superior, optional)</translation>
    </message>
    <message>
        <source>Pratinjau blok tanda tangan</source>
        <translation>Signature block preview</translation>
    </message>
    <message>
        <source>Tanggal diisi saat mencetak; di sini tanggal hari ini sebagai contoh.</source>
        <translation>The date is filled in when printing; today&apos;s date is shown here as an example.</translation>
    </message>
    <message>
        <source>Mengetahui,</source>
        <translation>Mengetahui,</translation>
    </message>
    <message>
        <source>Tanpa logo. Pilih berkas PNG atau JPG.</source>
        <translation>No logo. Choose a PNG or JPG file.</translation>
    </message>
    <message>
        <source>Berkas logo tidak ditemukan: {path}</source>
        <translation>Logo file not found: {path}</translation>
    </message>
    <message>
        <source>Berkas ini tidak dapat dibaca sebagai gambar. Pilih berkas PNG atau JPG.</source>
        <translation>This file cannot be read as an image. Choose a PNG or JPG file.</translation>
    </message>
    <message>
        <source>Gambar {size} terbaca, tetapi sebaiknya gunakan PNG atau JPG agar dapat dicetak.</source>
        <translation>Image read ({size}), but better use PNG or JPG so that it can be printed.</translation>
    </message>
    <message>
        <source>Logo {size}.</source>
        <translation>Logo {size}.</translation>
    </message>
    <message>
        <source>Sesuai provinsi (tidak dikenali dari kop: WIB)</source>
        <translation>From the province (not recognised in the letterhead: WIB)</translation>
    </message>
    <message>
        <source>Sesuai provinsi: {zone}</source>
        <translation>From the province: {zone}</translation>
    </message>
    <message>
        <source>Pilih logo</source>
        <translation>Choose a logo</translation>
    </message>
    <message>
        <source>Gambar PNG atau JPG (*.png *.jpg *.jpeg *.PNG *.JPG *.JPEG)</source>
        <translation>PNG or JPG images (*.png *.jpg *.jpeg *.PNG *.JPG *.JPEG)</translation>
    </message>
</context>
<context>
    <name>RecapDialog</name>
    <message>
        <source>Rekap beberapa rencana</source>
        <translation>Recap several plans</translation>
    </message>
    <message>
        <source>Pilih &amp;berkas…</source>
        <translation>Choose fi&amp;les…</translation>
    </message>
    <message>
        <source>Pilih &amp;folder…</source>
        <translation>Choose a &amp;folder…</translation>
    </message>
    <message>
        <source>Daftar unit yang &amp;wajib mengirim…</source>
        <translation>List of units that &amp;must send…</translation>
    </message>
    <message>
        <source>Hanya &amp;tanggal</source>
        <translation>Only &amp;dates</translation>
    </message>
    <message>
        <source>Tampilkan hanya hari dalam rentang ini; kesalahan tiap rencana tetap dihitung untuk seluruh rencana</source>
        <translation>Show only the days in this range; each plan&apos;s errors are still counted over the whole plan</translation>
    </message>
    <message>
        <source>Ekspor &amp;PDF…</source>
        <translation>Export &amp;PDF…</translation>
    </message>
    <message>
        <source>Ekspor E&amp;xcel…</source>
        <translation>Export E&amp;xcel…</translation>
    </message>
    <message>
        <source>Pilih berkas rencana (.jadwal) atau folder yang berisi rencana unit-unit.</source>
        <translation>Choose plan files (.jadwal) or a folder holding the units&apos; plans.</translation>
    </message>
    <message>
        <source>Unit / perangkat daerah</source>
        <translation>Unit / department</translation>
    </message>
    <message>
        <source>Berkas</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Surat edaran</source>
        <translation>Circular</translation>
    </message>
    <message>
        <source>Periode</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Pegawai</source>
        <translation>Staff</translation>
    </message>
    <message>
        <source>Kesalahan</source>
        <translation>Errors</translation>
    </message>
    <message>
        <source>Peringatan</source>
        <translation>Warnings</translation>
    </message>
    <message>
        <source>Tanda tangan</source>
        <translation>Signature</translation>
    </message>
    <message>
        <source>Klik dua kali sebuah baris untuk membuka rencananya</source>
        <translation>Double-click a row to open its plan</translation>
    </message>
    <message>
        <source>Masalah antarrencana dan pemeriksaan gabungan:</source>
        <translation>Problems between plans and the combined check:</translation>
    </message>
    <message>
        <source>Ringkasan</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>Rencana</source>
        <translation>Plans</translation>
    </message>
    <message>
        <source>Pangsa per hari</source>
        <translation>Share per day</translation>
    </message>
    <message>
        <source>Grafik</source>
        <translation>Chart</translation>
    </message>
    <message>
        <source>Pilih rencana</source>
        <translation>Choose plans</translation>
    </message>
    <message>
        <source>Rencana Jadwal Kerja ASN (*{extension})</source>
        <translation>Jadwal Kerja ASN plans (*{extension})</translation>
    </message>
    <message>
        <source>Pilih folder rencana</source>
        <translation>Choose the plans&apos; folder</translation>
    </message>
    <message>
        <source>Daftar unit (satu nama per baris)</source>
        <translation>List of units (one name a line)</translation>
    </message>
    <message>
        <source>Teks (*.txt)</source>
        <translation>Text (*.txt)</translation>
    </message>
    <message>
        <source>Daftar unit tidak dapat dibaca</source>
        <translation>The list of units cannot be read</translation>
    </message>
    <message>
        <source>Daftar unit: {count} unit</source>
        <translation>List of units: {count} units</translation>
    </message>
    <message>
        <source>Membaca dan memeriksa rencana…</source>
        <translation>Reading and checking the plans…</translation>
    </message>
    <message>
        <source>Rekap</source>
        <translation>Recap</translation>
    </message>
    <message>
        <source>Rekap gagal</source>
        <translation>Recap failed</translation>
    </message>
    <message>
        <source>Kesalahan tak terduga saat merekap: {error}</source>
        <translation>Unexpected error while making the recap: {error}</translation>
    </message>
    <message>
        <source>{count} rencana direkap, {staff} pegawai.</source>
        <translation>{count} plans recapped, {staff} staff.</translation>
    </message>
    <message>
        <source>Tanpa kesalahan: {clean} · dengan kesalahan: {errors}</source>
        <translation>Without errors: {clean} · with errors: {errors}</translation>
    </message>
    <message>
        <source>Ditandatangani dan masih sesuai: {ok} · sudah berubah sejak ditandatangani: {changed} · belum ditandatangani: {unsigned}</source>
        <translation>Signed and still matching: {ok} · changed since signed: {changed} · not signed: {unsigned}</translation>
    </message>
    <message>
        <source>Unit yang belum mengirim ({count} dari {total}): {names}</source>
        <translation>Units that sent nothing ({count} of {total}): {names}</translation>
    </message>
    <message>
        <source>tidak ada</source>
        <translation>none</translation>
    </message>
    <message>
        <source>Tidak ada rencana yang dapat direkap.</source>
        <translation>No plan could be recapped.</translation>
    </message>
    <message>
        <source>Pemeriksaan gabungan {agency} ({circular}, {plans} rencana, {staff} pegawai): {errors} kesalahan, {warnings} peringatan ({rules}).</source>
        <translation>Combined check of {agency} ({circular}, {plans} plans, {staff} staff): {errors} errors, {warnings} warnings ({rules}).</translation>
    </message>
    <message>
        <source>Belum</source>
        <translation>Not yet</translation>
    </message>
    <message>
        <source>Sesuai</source>
        <translation>Matches</translation>
    </message>
    <message>
        <source>BERUBAH</source>
        <translation>CHANGED</translation>
    </message>
    <message>
        <source>{error} — tidak direkap.</source>
        <translation>{error} — not recapped.</translation>
    </message>
    <message>
        <source>Laporan PDF (*.pdf)</source>
        <translation>PDF report (*.pdf)</translation>
    </message>
    <message>
        <source>Buku kerja Excel (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>Ekspor rekap</source>
        <translation>Export the recap</translation>
    </message>
    <message>
        <source>Menulis rekap…</source>
        <translation>Writing the recap…</translation>
    </message>
    <message>
        <source>Rekap tidak dapat ditulis</source>
        <translation>The recap cannot be written</translation>
    </message>
    <message>
        <source>Kesalahan tak terduga saat menulis rekap: {error}</source>
        <translation>Unexpected error while writing the recap: {error}</translation>
    </message>
    <message>
        <source>Tersimpan: {path}</source>
        <translation>Saved: {path}</translation>
    </message>
</context>
<context>
    <name>RuleRow</name>
    <message>
        <source>Hapus aturan</source>
        <translation>Remove rule</translation>
    </message>
    <message>
        <source>dan</source>
        <translation>and</translation>
    </message>
    <message>
        <source> hari per minggu</source>
        <translation> days a week</translation>
    </message>
</context>
<context>
    <name>ScheduleJob</name>
    <message>
        <source>Jadwal resmi</source>
        <translation>Official schedule</translation>
    </message>
    <message>
        <source>Jadwal tidak dapat dibuat</source>
        <translation>The schedule cannot be produced</translation>
    </message>
</context>
<context>
    <name>SchedulePreview</name>
    <message>
        <source>Pratinjau cetak — {title}</source>
        <translation>Print preview — {title}</translation>
    </message>
    <message>
        <source>◀ Sebelumnya</source>
        <translation>◀ Previous</translation>
    </message>
    <message>
        <source>Berikutnya ▶</source>
        <translation>Next ▶</translation>
    </message>
    <message>
        <source>dari {count}</source>
        <translation>of {count}</translation>
    </message>
    <message>
        <source>Selebar jendela</source>
        <translation>Fit to width</translation>
    </message>
    <message>
        <source>Satu halaman penuh</source>
        <translation>Whole page</translation>
    </message>
    <message>
        <source>&amp;Cetak…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <source>&amp;Tutup</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>Perbesaran:</source>
        <translation>Zoom:</translation>
    </message>
</context>
<context>
    <name>ShareChart</name>
    <message>
        <source>Seluruh instansi</source>
        <translation>Whole agency</translation>
    </message>
</context>
<context>
    <name>ShareModel</name>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Batas %</source>
        <translation>Limit %</translation>
    </message>
</context>
<context>
    <name>SignatoryEditor</name>
    <message>
        <source>(tanpa a.n./Plt./Plh.)</source>
        <translation>(no a.n./Plt./Plh.)</translation>
    </message>
    <message>
        <source>a.n. (atas nama)</source>
        <translation>a.n. (on behalf of)</translation>
    </message>
    <message>
        <source>Plt. (pelaksana tugas)</source>
        <translation>Plt. (acting official)</translation>
    </message>
    <message>
        <source>Plh. (pelaksana harian)</source>
        <translation>Plh. (temporary stand-in)</translation>
    </message>
    <message>
        <source>Pilih awalan lalu ketik jabatan yang diwakili</source>
        <translation>Choose a prefix, then type the office signed for</translation>
    </message>
    <message>
        <source>mis. a.n. Gubernur Nusa Tenggara Barat</source>
        <translation>e.g. a.n. Gubernur Jawa Tengah</translation>
    </message>
    <message>
        <source>mis. Sekretaris Daerah</source>
        <translation>e.g. Sekretaris Daerah</translation>
    </message>
    <message>
        <source>nama lengkap dengan gelar</source>
        <translation>full name with titles</translation>
    </message>
    <message>
        <source>mis. Pembina Utama Madya (IV/d)</source>
        <translation>e.g. Pembina Utama Madya (IV/d)</translation>
    </message>
    <message>
        <source>18 digit, mis. 19860926 201505 1 001</source>
        <translation>18 digits, e.g. 19860926 201505 1 001</translation>
    </message>
    <message>
        <source>a.n./Plt./Plh.:</source>
        <translation>a.n./Plt./Plh.:</translation>
    </message>
    <message>
        <source>Jabatan:</source>
        <translation>Position:</translation>
    </message>
    <message>
        <source>Nama lengkap:</source>
        <translation>Full name:</translation>
    </message>
    <message>
        <source>Pangkat/golongan:</source>
        <translation>Rank/grade:</translation>
    </message>
    <message>
        <source>NIP:</source>
        <translation>NIP:</translation>
    </message>
    <message>
        <source>Boleh dikosongkan selama menyusun.</source>
        <translation>May be left empty while drafting.</translation>
    </message>
    <message>
        <source>NI PPPK</source>
        <translation>NI PPPK</translation>
    </message>
    <message>
        <source>NIP PNS</source>
        <translation>NIP PNS</translation>
    </message>
    <message>
        <source>{kind} sah: {nip}</source>
        <translation>Valid {kind}: {nip}</translation>
    </message>
    <message>
        <source>NIP tidak sah: {reasons}</source>
        <translation>Invalid NIP: {reasons}</translation>
    </message>
    <message>
        <source>NIP kosong</source>
        <translation>NIP is empty</translation>
    </message>
    <message>
        <source>NIP hanya boleh berisi angka (spasi dan titik boleh)</source>
        <translation>NIP may contain only digits (spaces and dots are allowed)</translation>
    </message>
    <message>
        <source>digit NIP hilang karena ditulis sebagai angka seperti 1,98E+17</source>
        <translation>NIP digits were lost because it was stored as a number such as 1,98E+17</translation>
    </message>
    <message>
        <source>NIP harus 18 digit</source>
        <translation>NIP must have 18 digits</translation>
    </message>
    <message>
        <source>8 digit pertama bukan tanggal lahir yang sah (TTTTBBHH)</source>
        <translation>the first 8 digits are not a valid date of birth (YYYYMMDD)</translation>
    </message>
    <message>
        <source>bulan pengangkatan (digit 13–14) harus 01–12</source>
        <translation>the month of appointment (digits 13–14) must be 01–12</translation>
    </message>
    <message>
        <source>tanggal pengangkatan (digit 9–14) ada di masa depan</source>
        <translation>the date of appointment (digits 9–14) is in the future</translation>
    </message>
    <message>
        <source>tahun pengangkatan lebih awal dari tahun lahir</source>
        <translation>the year of appointment is before the year of birth</translation>
    </message>
    <message>
        <source>digit jenis kelamin (digit 15) harus 1 (laki-laki) atau 2 (perempuan)</source>
        <translation>the sex digit (digit 15) must be 1 (male) or 2 (female)</translation>
    </message>
    <message>
        <source>nomor urut (3 digit terakhir) tidak boleh 000</source>
        <translation>the serial number (last 3 digits) cannot be 000</translation>
    </message>
</context>
<context>
    <name>Signing</name>
    <message>
        <source>Simpan rencana lebih dahulu</source>
        <translation>Save the plan first</translation>
    </message>
    <message>
        <source>Penetapan jadwal dicatat di berkas rencana. Simpan rencana ke berkas lebih dahulu, lalu tandatangani jadwalnya.</source>
        <translation>The sign-off is recorded in the plan file. Save the plan to a file first, then sign the schedule.</translation>
    </message>
    <message>
        <source>Draf tidak ditandatangani</source>
        <translation>Drafts are not signed</translation>
    </message>
    <message>
        <source>Draf tidak dapat ditandatangani. Perbaiki kesalahan di panel Masalah, lalu tandatangani jadwal resminya.</source>
        <translation>A draft cannot be signed. Fix the errors in the Issues panel, then sign the official schedule.</translation>
    </message>
    <message>
        <source>Penanda tangan lain</source>
        <translation>Another signer</translation>
    </message>
    <message>
        <source>Sertifikat ini atas nama {holder}, sedangkan penanda tangan yang tercetak di jadwal {signatory}.

Tanda tangan elektronik akan menyebut {holder} sebagai penanda tangan. Tetap tandatangani?</source>
        <translation>This certificate is in the name of {holder}, while the signatory printed on the schedule is {signatory}.

The electronic signature will name {holder} as the signer. Sign anyway?</translation>
    </message>
    <message>
        <source>Simpan jadwal bertanda tangan</source>
        <translation>Save the signed schedule</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Menyusun dan menandatangani jadwal ke {name}…</source>
        <translation>Laying out and signing the schedule to {name}…</translation>
    </message>
    <message>
        <source>Penetapan tidak dicatat</source>
        <translation>Sign-off not recorded</translation>
    </message>
    <message>
        <source>Jadwal bertanda tangan sudah disimpan ke {path}, tetapi penetapannya tidak dapat dicatat di berkas rencana: {error}</source>
        <translation>The signed schedule was saved to {path}, but its sign-off could not be recorded in the plan file: {error}</translation>
    </message>
    <message>
        <source>Jadwal bertanda tangan disimpan ke {path}; penetapan dicatat ({id}).</source>
        <translation>Signed schedule saved to {path}; sign-off recorded ({id}).</translation>
    </message>
    <message>
        <source>Surat edaran diganti: {old} → {new}</source>
        <translation>Circular changed: {old} → {new}</translation>
    </message>
    <message>
        <source>Rentang tanggal diubah: {added} hari ditambah, {removed} dihapus</source>
        <translation>Date range changed: {added} days added, {removed} removed</translation>
    </message>
    <message>
        <source>Hari libur atau hari kerja khusus rencana diubah</source>
        <translation>The plan&apos;s own days off or working days changed</translation>
    </message>
    <message>
        <source>Pegawai ditambah: {name} ({unit})</source>
        <translation>Staff member added: {name} ({unit})</translation>
    </message>
    <message>
        <source>Pegawai dihapus: {name} ({unit})</source>
        <translation>Staff member removed: {name} ({unit})</translation>
    </message>
    <message>
        <source>nama</source>
        <translation>name</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>unit</translation>
    </message>
    <message>
        <source>kategori</source>
        <translation>category</translation>
    </message>
    <message>
        <source>jabatan</source>
        <translation>position</translation>
    </message>
    <message>
        <source>pangkat</source>
        <translation>rank</translation>
    </message>
    <message>
        <source>Data pegawai diubah: {name} ({fields})</source>
        <translation>Staff details changed: {name} ({fields})</translation>
    </message>
    <message>
        <source>Urutan pegawai diubah</source>
        <translation>Staff order changed</translation>
    </message>
    <message>
        <source>{name}, {date}: {old} → {new}</source>
        <translation>{name}, {date}: {old} → {new}</translation>
    </message>
    <message>
        <source>… dan {count} sel lain</source>
        <translation>… and {count} more cells</translation>
    </message>
    <message>
        <source>Penetapan tidak dapat dibaca: {error}</source>
        <translation>The sign-off cannot be read: {error}</translation>
    </message>
    <message>
        <source>Rencana ini belum pernah ditetapkan.</source>
        <translation>This plan has never been signed off.</translation>
    </message>
    <message>
        <source>Sama dengan versi yang ditetapkan {signer} pada {time} (ID dokumen {id}).</source>
        <translation>Same as the version signed off by {signer} on {time} (document ID {id}).</translation>
    </message>
    <message>
        <source>Rencana BERBEDA dari versi yang ditetapkan {signer} pada {time}: {cells} sel dan {staff} data pegawai berubah. Jadwal bertanda tangan yang beredar tidak lagi sesuai; tandatangani ulang bila perubahan ini berlaku.</source>
        <translation>The plan DIFFERS from the version signed off by {signer} on {time}: {cells} cells and {staff} staff details changed. The signed schedule in circulation no longer matches; sign again if these changes stand.</translation>
    </message>
</context>
<context>
    <name>StaffDialog</name>
    <message>
        <source>Tambah pegawai</source>
        <translation>Add staff member</translation>
    </message>
    <message>
        <source>Ubah pegawai</source>
        <translation>Edit staff member</translation>
    </message>
    <message>
        <source>mis. 19860926 201505 1 001</source>
        <translation>e.g. 19860926 201505 1 001</translation>
    </message>
    <message>
        <source>18 digit; spasi dan titik boleh diketik</source>
        <translation>18 digits; spaces and dots may be typed</translation>
    </message>
    <message>
        <source>Non-ASN (PPNPN/honorer)</source>
        <translation>Non-ASN (PPNPN/honorary)</translation>
    </message>
    <message>
        <source>Pegawai tanpa NIP; aplikasi memberi nomor internal (NA-…) yang tidak dipakai orang lain.</source>
        <translation>Staff without a NIP; the application gives an internal number (NA-…) nobody else uses.</translation>
    </message>
    <message>
        <source>mis. Dr. Hj. Siti Aminah, S.H., M.Si.</source>
        <translation>e.g. Dr. Hj. Siti Aminah, S.H., M.Si.</translation>
    </message>
    <message>
        <source>mis. Analis Kebijakan Ahli Muda</source>
        <translation>e.g. Analis Kebijakan Ahli Muda</translation>
    </message>
    <message>
        <source>pangkat PNS, atau golongan PPPK (mis. IX)</source>
        <translation>PNS rank, or PPPK grade (e.g. IX)</translation>
    </message>
    <message>
        <source>Tidak boleh bekerja jarak jauh</source>
        <translation>May not work remotely</translation>
    </message>
    <message>
        <source>mis. sedang menjalani hukuman disiplin; baru menjabat</source>
        <translation>e.g. under a disciplinary sanction; newly appointed</translation>
    </message>
    <message>
        <source>Dikecualikan dari batas hari jarak jauh per minggu</source>
        <translation>Exempt from the weekly limit on remote days</translation>
    </message>
    <message>
        <source>mis. tugas yang harus dikerjakan di luar kantor; keadaan khusus (Permen PANRB 4/2025 Pasal 13)</source>
        <translation>e.g. work that must be done outside the office; special circumstances (Permen PANRB 4/2025 art. 13)</translation>
    </message>
    <message>
        <source>Simpan</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>&amp;NIP / NI PPPK:</source>
        <translation>&amp;NIP / NI PPPK:</translation>
    </message>
    <message>
        <source>N&amp;ama dan gelar:</source>
        <translation>N&amp;ame and titles:</translation>
    </message>
    <message>
        <source>&amp;Jabatan:</source>
        <translation>&amp;Position:</translation>
    </message>
    <message>
        <source>&amp;Pangkat/golongan:</source>
        <translation>&amp;Rank/grade:</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>&amp;Unit:</translation>
    </message>
    <message>
        <source>&amp;Kategori layanan:</source>
        <translation>Service &amp;category:</translation>
    </message>
    <message>
        <source>Alasan:</source>
        <translation>Reason:</translation>
    </message>
    <message>
        <source>Alasan pengecualian:</source>
        <translation>Reason for the exemption:</translation>
    </message>
    <message>
        <source>NIP ini sudah dipakai oleh {name}.</source>
        <translation>This NIP is already used by {name}.</translation>
    </message>
    <message>
        <source>Nama wajib diisi.</source>
        <translation>A name is required.</translation>
    </message>
    <message>
        <source>Belum ada unit: tambahkan unit lebih dulu.</source>
        <translation>No units yet: add a unit first.</translation>
    </message>
    <message>
        <source>Tulis alasan pegawai tidak boleh bekerja jarak jauh.</source>
        <translation>Write why this staff member may not work remotely.</translation>
    </message>
    <message>
        <source>Tulis alasan pegawai dikecualikan dari batas per minggu.</source>
        <translation>Write why this person is exempt from the weekly limit.</translation>
    </message>
    <message>
        <source>Non-ASN · nomor internal {number}, dicetak tanpa &quot;NIP.&quot;</source>
        <translation>Non-ASN · internal number {number}, printed without &quot;NIP.&quot;</translation>
    </message>
    <message>
        <source>NI PPPK</source>
        <translation>NI PPPK</translation>
    </message>
    <message>
        <source>NIP PNS</source>
        <translation>NIP PNS</translation>
    </message>
    <message>
        <source>Perhatian: digit ke-14 NI PPPK biasanya 1; periksa kembali nomor ini.</source>
        <translation>Note: digit 14 of an NI PPPK is usually 1; check this number again.</translation>
    </message>
    <message>
        <source>Ikut unit</source>
        <translation>Same as unit</translation>
    </message>
    <message>
        <source>Ikut unit ({category})</source>
        <translation>Same as unit ({category})</translation>
    </message>
    <message>
        <source>Nomor internal dari aplikasi; tidak dapat diubah</source>
        <translation>Internal number from the application; cannot be changed</translation>
    </message>
</context>
<context>
    <name>StaffImportDialog</name>
    <message>
        <source>Impor daftar pegawai</source>
        <translation>Import staff list</translation>
    </message>
    <message>
        <source>berkas .xlsx, .xls, .ods atau .csv (SIASN, BKN, SIMPEG, atau buatan sendiri)</source>
        <translation>.xlsx, .xls, .ods or .csv file (SIASN, BKN, SIMPEG, or your own)</translation>
    </message>
    <message>
        <source>Pilih berkas…</source>
        <translation>Choose file…</translation>
    </message>
    <message>
        <source>Baris yang berisi judul kolom (NIP, Nama, …), seperti nomor baris di Excel</source>
        <translation>The row with the column headings (NIP, Nama, …), numbered as in Excel</translation>
    </message>
    <message>
        <source>Untuk baris tanpa kolom Kategori dan untuk unit baru; unit yang sudah ada tetap pada kategorinya</source>
        <translation>For rows without a Category column and for new units; existing units keep their category</translation>
    </message>
    <message>
        <source>Ganti seluruh daftar pegawai dan unit dengan isi berkas</source>
        <translation>Replace the whole staff list and units with the file&apos;s contents</translation>
    </message>
    <message>
        <source>Perbarui pegawai dari daftar yang lebih baru (unit dan pengaturan rencana tetap)</source>
        <translation>Update staff from a newer list (units and plan settings stay as they are)</translation>
    </message>
    <message>
        <source>Kolom</source>
        <translation>Column</translation>
    </message>
    <message>
        <source>Judul di berkas</source>
        <translation>Heading in file</translation>
    </message>
    <message>
        <source>Contoh isi</source>
        <translation>Sample content</translation>
    </message>
    <message>
        <source>Arti</source>
        <translation>Meaning</translation>
    </message>
    <message>
        <source>Baris</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>Isi</source>
        <translation>Content</translation>
    </message>
    <message>
        <source>Masalah</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Akibat</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Terapkan</source>
        <translation>Apply</translation>
    </message>
    <message>
        <source>Berkas:</source>
        <translation>File:</translation>
    </message>
    <message>
        <source>Lembar:</source>
        <translation>Sheet:</translation>
    </message>
    <message>
        <source>Baris judul:</source>
        <translation>Heading row:</translation>
    </message>
    <message>
        <source>Kategori bawaan:</source>
        <translation>Default category:</translation>
    </message>
    <message>
        <source>Arti tiap kolom (ubah bila salah):</source>
        <translation>Meaning of each column (change it if wrong):</translation>
    </message>
    <message>
        <source>Ganti daftar pegawai dari {file}</source>
        <translation>Replace staff list from {file}</translation>
    </message>
    <message>
        <source>Perbarui pegawai dari {file}</source>
        <translation>Update staff from {file}</translation>
    </message>
    <message>
        <source>Pilih daftar pegawai</source>
        <translation>Choose a staff list</translation>
    </message>
    <message>
        <source>Daftar pegawai (*.xlsx *.xlsm *.xls *.ods *.csv *.txt);;Semua berkas (*)</source>
        <translation>Staff lists (*.xlsx *.xlsm *.xls *.ods *.csv *.txt);;All files (*)</translation>
    </message>
    <message>
        <source>Unit kerja (tingkat dikenali dari nama dan isi)</source>
        <translation>Unit (levels found from names and values)</translation>
    </message>
    <message>
        <source>{count} pegawai siap diimpor ({pns} PNS, {pppk} PPPK, {non_asn} non-ASN) dari {where}; {skipped} baris dilewati.</source>
        <translation>{count} staff ready to import ({pns} PNS, {pppk} PPPK, {non_asn} non-ASN) from {where}; {skipped} rows skipped.</translation>
    </message>
    <message>
        <source>{name} — {number} — {unit}</source>
        <translation>{name} — {number} — {unit}</translation>
    </message>
    <message>
        <source>non-ASN {number}</source>
        <translation>non-ASN {number}</translation>
    </message>
    <message>
        <source>NIP {nip}</source>
        <translation>NIP {nip}</translation>
    </message>
    <message>
        <source>{name} ({number}): {changes}</source>
        <translation>{name} ({number}): {changes}</translation>
    </message>
    <message>
        <source>(abaikan)</source>
        <translation>(ignore)</translation>
    </message>
    <message>
        <source>NIP / NI PPPK</source>
        <translation>NIP / NI PPPK</translation>
    </message>
    <message>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Gelar depan</source>
        <translation>Titles before name</translation>
    </message>
    <message>
        <source>Gelar belakang</source>
        <translation>Titles after name</translation>
    </message>
    <message>
        <source>Jabatan</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Pangkat / golongan</source>
        <translation>Rank / grade</translation>
    </message>
    <message>
        <source>Kategori layanan</source>
        <translation>Service category</translation>
    </message>
    <message>
        <source>Jenis pegawai (PNS/PPPK/PPNPN)</source>
        <translation>Staff type (PNS/PPPK/PPNPN)</translation>
    </message>
    <message>
        <source> dan </source>
        <translation> and </translation>
    </message>
    <message>
        <source>Tentukan kolom mana yang berisi {fields}.</source>
        <translation>Choose which column holds {fields}.</translation>
    </message>
    <message>
        <source>Masalah ({count})</source>
        <translation>Problems ({count})</translation>
    </message>
    <message>
        <source>Masuk ({count})</source>
        <translation>Joining ({count})</translation>
    </message>
    <message>
        <source>Keluar ({count})</source>
        <translation>Leaving ({count})</translation>
    </message>
    <message>
        <source>Berubah ({count})</source>
        <translation>Changed ({count})</translation>
    </message>
    <message>
        <source>Pilih berkas daftar pegawai.</source>
        <translation>Choose a staff list file.</translation>
    </message>
    <message>
        <source>Tidak ada pegawai yang dapat diimpor; rencana tidak diubah.</source>
        <translation>No staff can be imported; the plan is unchanged.</translation>
    </message>
    <message>
        <source>Setelah diterapkan: {joined} masuk, {left} keluar, {changed} berubah.</source>
        <translation>Once applied: {joined} joining, {left} leaving, {changed} changed.</translation>
    </message>
    <message>
        <source>{cells} sel terisi milik pegawai yang keluar ikut terhapus.</source>
        <translation>Filled cells of leaving staff removed with them: {cells}.</translation>
    </message>
    <message>
        <source>dilewati</source>
        <translation>skipped</translation>
    </message>
    <message>
        <source>tetap diimpor</source>
        <translation>imported anyway</translation>
    </message>
    <message>
        <source>nama {old} → {new}</source>
        <translation>name {old} → {new}</translation>
    </message>
    <message>
        <source>jabatan {old} → {new}</source>
        <translation>position {old} → {new}</translation>
    </message>
    <message>
        <source>pangkat {old} → {new}</source>
        <translation>rank {old} → {new}</translation>
    </message>
    <message>
        <source>unit {old} → {new}</source>
        <translation>unit {old} → {new}</translation>
    </message>
</context>
<context>
    <name>Texts</name>
    <message>
        <source>pilih {menu} › {command} untuk memeriksanya</source>
        <translation>choose {menu} › {command} to check them</translation>
    </message>
</context>
<context>
    <name>UnitDialog</name>
    <message>
        <source>Tambah unit</source>
        <translation>Add unit</translation>
    </message>
    <message>
        <source>Ubah unit</source>
        <translation>Edit unit</translation>
    </message>
    <message>
        <source>mis. Bagian Rumah Tangga</source>
        <translation>e.g. Bagian Rumah Tangga</translation>
    </message>
    <message>
        <source>— (unit teratas)</source>
        <translation>— (top unit)</translation>
    </message>
    <message>
        <source>6 hari hanya untuk unit dukungan operasional dan pelayanan publik langsung (Perpres 21/2023).</source>
        <translation>6 days only for operational support and direct public service units (Perpres 21/2023).</translation>
    </message>
    <message>
        <source>Simpan</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>&amp;Nama unit:</source>
        <translation>Unit &amp;name:</translation>
    </message>
    <message>
        <source>&amp;Unit induk:</source>
        <translation>&amp;Parent unit:</translation>
    </message>
    <message>
        <source>&amp;Kategori layanan:</source>
        <translation>Service &amp;category:</translation>
    </message>
    <message>
        <source>&amp;Hari kerja:</source>
        <translation>&amp;Working days:</translation>
    </message>
    <message>
        <source>Nama unit wajib diisi.</source>
        <translation>A unit name is required.</translation>
    </message>
    <message>
        <source>Sudah ada unit teratas bernama “{name}”.</source>
        <translation>There is already a top unit named “{name}”.</translation>
    </message>
    <message>
        <source>Sudah ada unit bernama “{name}” di bawah {parent}.</source>
        <translation>There is already a unit named “{name}” under {parent}.</translation>
    </message>
</context>
<context>
    <name>UnitsDialog</name>
    <message>
        <source>Unit kerja</source>
        <translation>Units</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Kategori layanan</source>
        <translation>Service category</translation>
    </message>
    <message>
        <source>Hari kerja</source>
        <translation>Working days</translation>
    </message>
    <message>
        <source>Pegawai</source>
        <translation>Staff</translation>
    </message>
    <message>
        <source>&amp;Tambah…</source>
        <translation>&amp;Add…</translation>
    </message>
    <message>
        <source>&amp;Ubah…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <source>&amp;Hapus</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <source>Simpan</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Perubahan tidak dapat dipakai: {reason}</source>
        <translation>The changes cannot be used: {reason}</translation>
    </message>
    <message>
        <source>masih ada {count} pegawai</source>
        <translation>it still has {count} staff</translation>
    </message>
    <message>
        <source>masih ada {count} sub unit</source>
        <translation>it still has sub-units ({count})</translation>
    </message>
    <message>
        <source>Unit “{name}” tidak dapat dihapus: {reasons}. Pindahkan atau hapus lebih dulu.</source>
        <translation>Unit “{name}” cannot be removed: {reasons}. Move or remove them first.</translation>
    </message>
    <message>
        <source> dan </source>
        <translation> and </translation>
    </message>
</context>
<context>
    <name>VerifyDialog</name>
    <message>
        <source>Periksa jadwal bertanda tangan</source>
        <translation>Verify a signed schedule</translation>
    </message>
    <message>
        <source>berkas PDF</source>
        <translation>PDF file</translation>
    </message>
    <message>
        <source>&amp;Pilih…</source>
        <translation>&amp;Choose…</translation>
    </message>
    <message>
        <source>&amp;Jadwal (PDF):</source>
        <translation>&amp;Schedule (PDF):</translation>
    </message>
    <message>
        <source>&amp;Bandingkan isinya dengan rencana yang terbuka</source>
        <translation>&amp;Compare its content with the open plan</translation>
    </message>
    <message>
        <source>kosong: tidak ada sertifikat akar yang dipercaya</source>
        <translation>empty: no trusted root certificate</translation>
    </message>
    <message>
        <source>P&amp;ilih…</source>
        <translation>C&amp;hoose…</translation>
    </message>
    <message>
        <source>Sertifikat &amp;akar:</source>
        <translation>&amp;Root certificate:</translation>
    </message>
    <message>
        <source>P&amp;eriksa</source>
        <translation>&amp;Verify</translation>
    </message>
    <message>
        <source>Pilih jadwal bertanda tangan</source>
        <translation>Choose a signed schedule</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Pilih sertifikat akar yang dipercaya</source>
        <translation>Choose a trusted root certificate</translation>
    </message>
    <message>
        <source>Sertifikat (*.pem *.crt *.cer *.der)</source>
        <translation>Certificates (*.pem *.crt *.cer *.der)</translation>
    </message>
    <message>
        <source>Pilih berkas PDF lebih dahulu.</source>
        <translation>Choose a PDF file first.</translation>
    </message>
    <message>
        <source>Tidak dapat diperiksa: {error}</source>
        <translation>Cannot be verified: {error}</translation>
    </message>
    <message>
        <source>✔ Utuh: dokumen tidak berubah sejak ditandatangani.</source>
        <translation>✔ Intact: the document has not changed since it was signed.</translation>
    </message>
    <message>
        <source>✖ Diubah: dokumen tidak lagi sama dengan yang ditandatangani.</source>
        <translation>✖ Modified: the document is no longer what was signed.</translation>
    </message>
    <message>
        <source>✖ Tidak sah: tanda tangan tidak cocok atau tidak dapat dibaca.</source>
        <translation>✖ Invalid: the signature does not match or cannot be read.</translation>
    </message>
    <message>
        <source>✖ Rusak: berkas PDF tidak dapat dibaca untuk diperiksa.</source>
        <translation>✖ Damaged: the PDF cannot be read to be verified.</translation>
    </message>
    <message>
        <source>✖ Tidak bertanda tangan: PDF ini tidak memuat tanda tangan elektronik.</source>
        <translation>✖ Not signed: this PDF carries no electronic signature.</translation>
    </message>
    <message>
        <source>Isi jadwal berbeda dari rencana yang terbuka.</source>
        <translation>The schedule&apos;s content differs from the open plan.</translation>
    </message>
    <message>
        <source>Sertifikatnya tidak berujung pada sertifikat akar yang dipilih.</source>
        <translation>Its certificate does not lead to the chosen root certificate.</translation>
    </message>
    <message>
        <source>Berkas: {name}</source>
        <translation>File: {name}</translation>
    </message>
    <message>
        <source>Penanda tangan: {name} ({organisation})</source>
        <translation>Signed by: {name} ({organisation})</translation>
    </message>
    <message>
        <source>Waktu tanda tangan: {time}</source>
        <translation>Signing time: {time}</translation>
    </message>
    <message>
        <source>utuh</source>
        <translation>intact</translation>
    </message>
    <message>
        <source>diubah atau tidak sah</source>
        <translation>modified or invalid</translation>
    </message>
    <message>
        <source>Stempel waktu dokumen: {time}, {authority}, {state}</source>
        <translation>Document timestamp: {time}, {authority}, {state}</translation>
    </message>
    <message>
        <source>Kode QR — {label}: {value}</source>
        <translation>QR code — {label}: {value}</translation>
    </message>
    <message>
        <source>Ada yang ditambahkan ke berkas setelah ditandatangani.</source>
        <translation>Something was added to the file after it was signed.</translation>
    </message>
    <message>
        <source>{count} tanda tangan, semuanya diperiksa: {names}.</source>
        <translation>{count} signatures, all checked: {names}.</translation>
    </message>
    <message>
        <source>Kolom tanda tangan: {count}, {signed} sudah ditandatangani.</source>
        <translation>Signature fields: {count}, {signed} signed.</translation>
    </message>
    <message>
        <source>Masih kosong: {names}.</source>
        <translation>Still empty: {names}.</translation>
    </message>
    <message>
        <source>Sertifikat: dipercaya (tervalidasi terhadap sertifikat akar yang dipilih).</source>
        <translation>Certificate: trusted (validated against the chosen root certificate).</translation>
    </message>
    <message>
        <source>Sertifikat: sertifikat internal / tidak terverifikasi — dibuat sendiri oleh pemegangnya, bukan sertifikat BSrE.</source>
        <translation>Certificate: internal / not verified — made by its holder, not a BSrE certificate.</translation>
    </message>
    <message>
        <source>Sertifikat: sertifikat internal / tidak terverifikasi — diterbitkan oleh {issuer}, yang tidak dapat diverifikasi tanpa sertifikat akarnya.</source>
        <translation>Certificate: internal / not verified — issued by {issuer}, which cannot be verified without its root certificate.</translation>
    </message>
    <message>
        <source>TIDAK DIPERCAYA: rantai sertifikat penanda tangan tidak berujung pada sertifikat akar yang dipilih.</source>
        <translation>NOT TRUSTED: the signer&apos;s certificate chain does not lead to the chosen root certificate.</translation>
    </message>
    <message>
        <source>Rantai sertifikatnya menyebut BSrE/BSSN; pilih sertifikat akar BSrE untuk memastikannya.</source>
        <translation>Its certificate chain names BSrE/BSSN; choose the BSrE root certificate to confirm it.</translation>
    </message>
    <message>
        <source>SHA-256 sertifikat: {value}</source>
        <translation>Certificate SHA-256: {value}</translation>
    </message>
    <message>
        <source>ID dokumen: {id}</source>
        <translation>Document ID: {id}</translation>
    </message>
    <message>
        <source>Sidik isi: {value}</source>
        <translation>Content fingerprint: {value}</translation>
    </message>
    <message>
        <source>Isi jadwal: cocok dengan rencana yang terbuka.</source>
        <translation>Schedule content: matches the open plan.</translation>
    </message>
    <message>
        <source>Isi jadwal: tidak dapat dibandingkan, PDF ini tidak memuat sidik isi.</source>
        <translation>Schedule content: cannot be compared, this PDF carries no content fingerprint.</translation>
    </message>
    <message>
        <source>Isi jadwal: BERBEDA dari rencana yang terbuka.</source>
        <translation>Schedule content: DIFFERS from the open plan.</translation>
    </message>
</context>
<context>
    <name>XlsxExport</name>
    <message>
        <source>Kesalahan program saat mengekspor: {error}</source>
        <translation>Program error while exporting: {error}</translation>
    </message>
</context>
<context>
    <name>XlsxExportJob</name>
    <message>
        <source>Mengekspor {count} pegawai ke {name}…</source>
        <translation>Exporting {count} staff to {name}…</translation>
    </message>
    <message>
        <source>Ekspor ke Excel</source>
        <translation>Export to Excel</translation>
    </message>
    <message>
        <source>Buku kerja Excel disimpan ke {path}.</source>
        <translation>Excel workbook saved to {path}.</translation>
    </message>
    <message>
        <source>Ekspor ke Excel gagal</source>
        <translation>Export to Excel failed</translation>
    </message>
</context>
<context>
    <name>domain</name>
    <message>
        <source>Bekerja di kantor</source>
        <translation>Working in the office</translation>
    </message>
    <message>
        <source>Bekerja dari rumah</source>
        <translation>Working from home</translation>
    </message>
    <message>
        <source>Bekerja dari lokasi lain</source>
        <translation>Working from another location</translation>
    </message>
    <message>
        <source>Cuti</source>
        <translation>Leave</translation>
    </message>
    <message>
        <source>Sakit</source>
        <translation>Sick</translation>
    </message>
    <message>
        <source>Dinas luar</source>
        <translation>Official travel</translation>
    </message>
    <message>
        <source>Tugas belajar / diklat</source>
        <translation>Study leave / training</translation>
    </message>
    <message>
        <source>Administrasi pemerintahan</source>
        <translation>Government administration</translation>
    </message>
    <message>
        <source>Dukungan pimpinan</source>
        <translation>Leadership support</translation>
    </message>
    <message>
        <source>Dukungan operasional</source>
        <translation>Operational support</translation>
    </message>
    <message>
        <source>Pelayanan publik langsung</source>
        <translation>Direct public service</translation>
    </message>
    <message>
        <source>Sen</source>
        <translation>Mon</translation>
    </message>
    <message>
        <source>Sel</source>
        <translation>Tue</translation>
    </message>
    <message>
        <source>Rab</source>
        <translation>Wed</translation>
    </message>
    <message>
        <source>Kam</source>
        <translation>Thu</translation>
    </message>
    <message>
        <source>Jum</source>
        <translation>Fri</translation>
    </message>
    <message>
        <source>Sab</source>
        <translation>Sat</translation>
    </message>
    <message>
        <source>Min</source>
        <translation>Sun</translation>
    </message>
    <message>
        <source>Senin</source>
        <translation>Monday</translation>
    </message>
    <message>
        <source>Selasa</source>
        <translation>Tuesday</translation>
    </message>
    <message>
        <source>Rabu</source>
        <translation>Wednesday</translation>
    </message>
    <message>
        <source>Kamis</source>
        <translation>Thursday</translation>
    </message>
    <message>
        <source>Jumat</source>
        <translation>Friday</translation>
    </message>
    <message>
        <source>Sabtu</source>
        <translation>Saturday</translation>
    </message>
    <message>
        <source>Minggu</source>
        <translation>Sunday</translation>
    </message>
    <message>
        <source>6 hari (Senin–Sabtu)</source>
        <translation>6 days (Monday–Saturday)</translation>
    </message>
    <message>
        <source>5 hari (Senin–Jumat)</source>
        <translation>5 days (Monday–Friday)</translation>
    </message>
</context>
<context>
    <name>file_lock</name>
    <message>
        <source>di komputer {host}</source>
        <translation>on computer {host}</translation>
    </message>
    <message>
        <source>di jendela lain pada komputer ini</source>
        <translation>in another window on this computer</translation>
    </message>
    <message>
        <source>{name} sedang dibuka {where}. Tutup berkas itu di sana dulu; jendela ini tidak akan menimpa pekerjaan orang lain.</source>
        <translation>{name} is open {where}. Close the file there first; this window will not overwrite someone else&apos;s work.</translation>
    </message>
</context>
<context>
    <name>wording</name>
    <message>
        <source>{count} dari {headcount} pegawai {codes} = {share} &gt; batas {percent} % (maks. {limit})</source>
        <translation>{count} of {headcount} staff {codes} = {share} &gt; cap {percent} % (max. {limit})</translation>
    </message>
    <message>
        <source>{count} dari {headcount} pegawai {codes} = {share} &gt; batas instansi {percent} % (maks. {limit})</source>
        <translation>{count} of {headcount} staff {codes} = {share} &gt; agency cap {percent} % (max. {limit})</translation>
    </message>
    <message>
        <source>{count} dari {headcount} pegawai WFO = {share} &lt; minimal {percent} % (min. {limit})</source>
        <translation>{count} of {headcount} staff WFO = {share} &lt; minimum {percent} % (min. {limit})</translation>
    </message>
    <message>
        <source>{count} dari {headcount} pegawai WFO = {share} &gt; batas WFO {percent} % (maks. {limit})</source>
        <translation>{count} of {headcount} staff WFO = {share} &gt; WFO cap {percent} % (max. {limit})</translation>
    </message>
    <message>
        <source>{who} {status}, padahal kategori {category} wajib WFO 100 %</source>
        <translation>{who} {status}, but the category {category} must be 100 % WFO</translation>
    </message>
    <message>
        <source>{who} {status}, padahal kategori {category} tidak diberi izin bekerja jarak jauh oleh ketentuan ini</source>
        <translation>{who} {status}, but this circular does not allow the category {category} to work remotely</translation>
    </message>
    <message>
        <source>{who} {status} pada hari kerja biasa: tanggal ini di luar masa berlaku ketentuan</source>
        <translation>{who} {status} on a normal office day: this date is outside the circular&apos;s periods</translation>
    </message>
    <message>
        <source>{who} {status}, padahal pada tanggal ini hanya {codes} yang diizinkan</source>
        <translation>{who} {status}, but only {codes} is allowed on this date</translation>
    </message>
    <message>
        <source>{who} {status}, padahal tidak boleh bekerja jarak jauh{because}</source>
        <translation>{who} {status}, but may not work remotely{because}</translation>
    </message>
    <message>
        <source>{who} {count} hari {codes} dalam satu minggu &gt; batas {limit} hari per minggu</source>
        <translation>{who} {count} days {codes} in one week &gt; cap of {limit} days a week</translation>
    </message>
    <message>
        <source>{count} dari {headcount} pegawai WFO &lt; minimal {limit} orang di kantor per unit</source>
        <translation>{count} of {headcount} staff WFO &lt; at least {limit} in the office per unit</translation>
    </message>
    <message>
        <source>{who} dan {other} sama-sama bekerja jarak jauh pada hari yang sama</source>
        <translation>{who} and {other} both work remotely on the same day</translation>
    </message>
    <message>
        <source>{count} dari {headcount} pegawai belum direncanakan (sel kosong) pada hari wajib bekerja jarak jauh</source>
        <translation>{count} of {headcount} staff not yet planned (blank cell) on a day of required remote work</translation>
    </message>
    <message>
        <source>{count} sel terisi pada hari libur: disimpan, tetapi tidak dihitung</source>
        <translation>{count} cells filled on a day off: kept, but not counted</translation>
    </message>
    <message>
        <source>{who} {count} hari {codes} dalam minggu ini; {unknown} hari kerja minggu ini di luar rencana belum diketahui (batas {limit} hari per minggu) — {how}</source>
        <translation>{who} {count} days {codes} this week; {unknown} working days of this week outside the plan are unknown (cap {limit} days per week): {how}</translation>
    </message>
    <message>
        <source>berikan rencana sebelah (--context) untuk memeriksanya</source>
        <translation>give the neighbouring plan (--context) to check them</translation>
    </message>
    <message>
        <source>{codes} paling banyak {value} %</source>
        <translation>{codes} at most {value} %</translation>
    </message>
    <message>
        <source>WFO paling sedikit {value} %</source>
        <translation>WFO at least {value} %</translation>
    </message>
    <message>
        <source>WFO paling banyak {value} %</source>
        <translation>WFO at most {value} %</translation>
    </message>
    <message>
        <source>WFO 100 %</source>
        <translation>WFO 100 %</translation>
    </message>
    <message>
        <source>{codes} tanpa kuota (ditetapkan pimpinan instansi)</source>
        <translation>{codes} without a quota (the head of the agency decides)</translation>
    </message>
    <message>
        <source>{codes} paling banyak {value} hari per minggu per pegawai</source>
        <translation>{codes} at most {value} days a week per person</translation>
    </message>
    <message>
        <source>tidak disebut: tidak boleh bekerja jarak jauh</source>
        <translation>not named: no remote work</translation>
    </message>
    <message>
        <source>{name} (NIP {nip})</source>
        <translation>{name} (NIP {nip})</translation>
    </message>
    <message>
        <source>{name} (non-ASN, nomor {nip})</source>
        <translation>{name} (non-ASN, number {nip})</translation>
    </message>
    <message>
        <source>sejak {first}, seterusnya</source>
        <translation>from {first}, open-ended</translation>
    </message>
    <message>
        <source>seluruh instansi</source>
        <translation>the whole agency</translation>
    </message>
    <message>
        <source>setiap unit teratas (OPD)</source>
        <translation>each top-level unit (OPD)</translation>
    </message>
    <message>
        <source>setiap unit terkecil</source>
        <translation>each smallest unit</translation>
    </message>
    <message>
        <source>setiap unit tingkat {level}</source>
        <translation>each unit at level {level}</translation>
    </message>
    <message>
        <source>{circular} diubah oleh {amendment}: ditambah masa berlaku {dates}</source>
        <translation>{circular} amended by {amendment}: period added {dates}</translation>
    </message>
    <message>
        <source>pengaturan lama &quot;kuota dihitung per&quot; ({scope}) kini menjadi kebijakan instansi dengan tingkat kesalahan; surat edaran sendiri menghitung kuotanya per {own}</source>
        <translation>the old setting &quot;quota counted per&quot; ({scope}) is now agency policy at error severity; the circular itself counts its quota over {own}</translation>
    </message>
    <message>
        <source>{circular} mengikuti zona risiko wilayah ({zones}), tetapi rencana belum menyebut zonanya</source>
        <translation>{circular} follows the region&apos;s risk zone ({zones}), but the plan does not state its zone yet</translation>
    </message>
    <message>
        <source>{where}: cakupan kuota {scope}, tetapi unit rencana ini hanya sampai tingkat {depth}</source>
        <translation>{where}: quota scope {scope}, but this plan&apos;s units only go down to level {depth}</translation>
    </message>
    <message>
        <source>{name} (NI PPPK {nip}): digit ke-14 biasanya 1; periksa kembali nomor ini</source>
        <translation>{name} (NI PPPK {nip}): digit 14 is usually 1; check this number</translation>
    </message>
    <message>
        <source>minggu mulai {day} {date}</source>
        <translation>week starting {day} {date}</translation>
    </message>
    <message>
        <source>{place}, {when}: {what}; tidak dapat dipenuhi {why}.</source>
        <translation>{place}, {when}: {what}; cannot be met {why}.</translation>
    </message>
    <message>
        <source>karena {reasons}</source>
        <translation>because {reasons}</translation>
    </message>
    <message>
        <source>tanpa melanggar aturan lain</source>
        <translation>without breaking another rule</translation>
    </message>
    <message>
        <source>sel {status} itu terkunci</source>
        <translation>that {status} cell is locked</translation>
    </message>
    <message>
        <source>{count} sel {codes} terkunci</source>
        <translation>{count} {codes} cells are locked</translation>
    </message>
    <message>
        <source>{count} pegawai tidak hadir (cuti, sakit, dinas luar, tugas belajar)</source>
        <translation>{count} staff are absent (leave, sick, official travel, training)</translation>
    </message>
    <message>
        <source>{count} sel WFO terkunci</source>
        <translation>{count} WFO cells are locked</translation>
    </message>
    <message>
        <source>{count} pegawai tidak boleh bekerja jarak jauh</source>
        <translation>{count} staff may not work remotely</translation>
    </message>
    <message>
        <source>{count} hari {codes} di luar rentang yang diisi</source>
        <translation>{count} {codes} days outside the range being filled</translation>
    </message>
    <message>
        <source>Non-ASN yang tidak dihitung dalam kuota · {category}</source>
        <translation>Non-ASN staff not counted in the quotas · {category}</translation>
    </message>
    <message>
        <source>{place}: {members} pegawai, tidak ada yang dapat bekerja jarak jauh pada rentang ini.</source>
        <translation>{place}: {members} staff, none of whom can work remotely in this range.</translation>
    </message>
    <message>
        <source>{low} orang per hari × {days} hari</source>
        <translation>{low} per day × {days} days</translation>
    </message>
    <message>
        <source>{low}–{high} orang per hari, {days} hari</source>
        <translation>{low}–{high} per day, {days} days</translation>
    </message>
    <message>
        <source>{place}: {filled} dari {allowance} jatah kerja jarak jauh terisi ({caps}); {eligible} dari {members} pegawai dapat bekerja jarak jauh, masing-masing {each} hari.</source>
        <translation>{place}: {filled} of {allowance} remote-work places filled ({caps}); {eligible} of {members} staff can work remotely, {each} days each.</translation>
    </message>
</context>
</TS>
