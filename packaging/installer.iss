; Inno Setup script: the per-user installer of Jadwal Kerja ASN for Windows.
;
; Built by the Windows workflow (.github/workflows/windows.yml) after `python packaging\build.py`:
;   ISCC.exe /DAppVersion=0.1.0 packaging\installer.iss   ->  dist\JadwalKerjaASN-0.1.0-setup.exe
;
; - No administrator rights: installs under %LOCALAPPDATA%\Programs\JadwalKerjaASN for the user
;   who runs it (PrivilegesRequired=lowest); the registry entries go to HKEY_CURRENT_USER.
; - A Start-menu shortcut (and, if chosen, one on the desktop) carrying the planner's
;   AppUserModelID, so the taskbar groups its windows under its own icon (planner/windows_os.py).
; - .jadwal files open with the planner (double-click), with the planner's icon.
; - The uninstaller removes only what it installed: plans live wherever the user saved them
;   (Documents, a shared drive) and settings, autosaves and user circulars in
;   %LOCALAPPDATA%\JadwalKerjaASN, outside the installation folder; none of them is touched.
;
; Written for Inno Setup 6; it has not been compiled on the Linux machine the project's CI runs on.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define AppName "Jadwal Kerja ASN"
#define AppExe "JadwalKerjaASN.exe"
#define AppUserModelID "BagianUmum.JadwalKerjaASN"
#define ProgId "JadwalKerjaASN.Rencana"

[Setup]
AppId={{6C1F4B7E-2F1A-4E3B-9B7D-5A0C3E8D2F41}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=Jadwal Kerja ASN
DefaultDirName={autopf}\JadwalKerjaASN
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=..\dist
OutputBaseFilename=JadwalKerjaASN-{#AppVersion}-setup
SetupIconFile=jadwal.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ChangesAssociations=yes
CloseApplications=yes
RestartApplications=no

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
english.DesktopIcon=Buat pintasan di desktop
english.Additional=Pintasan tambahan:
english.Launch=Jalankan Jadwal Kerja ASN
english.PlanFile=Rencana Jadwal Kerja ASN

[Tasks]
Name: "desktopicon"; Description: "{cm:DesktopIcon}"; GroupDescription: "{cm:Additional}"; Flags: unchecked

[Files]
Source: "..\dist\JadwalKerjaASN\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[InstallDelete]
; an update replaces the whole folder: no library of an older version stays behind
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"; AppUserModelID: "{#AppUserModelID}"; Comment: "Rencana WFO/WFH pegawai sesuai surat edaran"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; AppUserModelID: "{#AppUserModelID}"; Tasks: desktopicon

[Registry]
; .jadwal -> the planner, for this user (HKA is HKEY_CURRENT_USER in a per-user install)
Root: HKA; Subkey: "Software\Classes\.jadwal"; ValueType: string; ValueName: ""; ValueData: "{#ProgId}"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\.jadwal\OpenWithProgids"; ValueType: string; ValueName: "{#ProgId}"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\{#ProgId}"; ValueType: string; ValueName: ""; ValueData: "{cm:PlanFile}"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\{#ProgId}"; ValueType: string; ValueName: "AppUserModelID"; ValueData: "{#AppUserModelID}"
Root: HKA; Subkey: "Software\Classes\{#ProgId}\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\{#AppExe},0"
Root: HKA; Subkey: "Software\Classes\{#ProgId}\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" ""%1"""
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}\SupportedTypes"; ValueType: string; ValueName: ".jadwal"; ValueData: ""; Flags: uninsdeletekey

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:Launch}"; Flags: nowait postinstall skipifsilent
