; Machishigoto (まちしごと) — Windows installer (Inno Setup 6).
;
; Built by .github/workflows/windows-installer.yml after `pyinstaller installers/machishigoto.spec`:
;   iscc /DAppVersion=0.1.0 /DBundleDir=C:\...\dist\machishigoto installers\machishigoto.iss
; Both defines are optional: the bundle defaults to ..\dist\machishigoto beside this script and the
; version to the ProductVersion of machishigoto.exe (written by the spec from pyproject.toml).
; Output: dist\installer\machishigoto-setup-VERSION.exe. See docs/deploy-windows.md.
;
; Per user, no administrator rights: the app goes to %LOCALAPPDATA%\Programs\Machishigoto, the
; Start menu entry to the user's own Programs folder, the .mshg association to HKCU\Software\Classes.
; The user's data (%LOCALAPPDATA%\Machishigoto: database, backups), settings (HKCU\Software\
; Machishigoto) and device token (Windows Credential Manager) are never touched by an upgrade or by
; the uninstaller: nothing here names them, and [UninstallDelete] must never list them.
;
; This file is UTF-8 (with a BOM, so every Inno Setup 6 release reads the Japanese text right).

#ifndef BundleDir
  #define BundleDir AddBackslash(SourcePath) + "..\dist\machishigoto"
#endif
#define AppExe "machishigoto.exe"
#ifndef AppVersion
  #define AppVersion GetStringFileInfo(BundleDir + "\" + AppExe, "ProductVersion")
#endif
#define AppNumericVersion GetVersionNumbersString(BundleDir + "\" + AppExe)
#ifndef IconFile
  #define IconFile AddBackslash(SourcePath) + "..\build\generated\icons\machishigoto.ico"
#endif
#define ProgId "Machishigoto.SyncBundle"

[Setup]
; The AppId is fixed forever: it is how a new version finds and upgrades the installed one in place.
; Never change it (a new AppId would install a second copy beside the first).
AppId={{36BE7B44-328A-4E6D-BC6D-E2C2419C35E7}
AppName=Machishigoto
AppVersion={#AppVersion}
AppVerName=Machishigoto {#AppVersion}
AppPublisher=Machishigoto
VersionInfoVersion={#AppNumericVersion}
VersionInfoProductName=Machishigoto
VersionInfoDescription=Machishigoto Setup
PrivilegesRequired=lowest
DefaultDirName={localappdata}\Programs\Machishigoto
DisableProgramGroupPage=yes
DisableDirPage=auto
UsePreviousAppDir=yes
OutputDir=..\dist\installer
OutputBaseFilename=machishigoto-setup-{#AppVersion}
SetupIconFile={#IconFile}
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName=まちしごと (Machishigoto)
Compression=lzma2/ultra64
SolidCompression=yes
WizardStyle=modern
ShowLanguageDialog=auto
; Qt 6 needs 64-bit Windows 10 1809 or newer.
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0.17763
; A running copy is closed (with the user's consent) before its files are replaced or removed.
CloseApplications=yes
RestartApplications=no
ChangesAssociations=yes
SetupLogging=yes

[Languages]
Name: "japanese"; MessagesFile: "compiler:Languages\Japanese.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
japanese.AppComment=業務棚卸しとローカル・テレワークの管理
english.AppComment=Workflow inventory and local telework
japanese.SyncBundleType=まちしごと 同期ファイル
english.SyncBundleType=Machishigoto sync bundle
japanese.AssocTask=同期ファイル（.mshg）をまちしごとで開く
english.AssocTask=Open sync bundles (.mshg) with Machishigoto
japanese.LaunchApp=まちしごとを起動する
english.LaunchApp=Start Machishigoto

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"
Name: "associate"; Description: "{cm:AssocTask}"

[InstallDelete]
; The previous version's bundle goes first, so no stale module of an old version is ever loaded.
; Only the program folder's own _internal: user data lives elsewhere (%LOCALAPPDATA%\Machishigoto).
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
; One fixed name in every installer language, so an upgrade in another language replaces the entry.
Name: "{autoprograms}\まちしごと"; Filename: "{app}\{#AppExe}"; Comment: "{cm:AppComment}"
Name: "{autodesktop}\まちしごと"; Filename: "{app}\{#AppExe}"; Comment: "{cm:AppComment}"; Tasks: desktopicon

[Registry]
; Sync bundles (.mshg) open in the app, which gets the file's path as its argument:
;   "%LOCALAPPDATA%\Programs\Machishigoto\machishigoto.exe" "D:\company.mshg"
; Per user (HKCU\Software\Classes); removed again by the uninstaller.
Root: HKCU; Subkey: "Software\Classes\.mshg"; ValueType: string; ValueName: ""; ValueData: "{#ProgId}"; Flags: uninsdeletevalue; Tasks: associate
Root: HKCU; Subkey: "Software\Classes\.mshg\OpenWithProgids"; ValueType: string; ValueName: "{#ProgId}"; ValueData: ""; Flags: uninsdeletevalue; Tasks: associate
Root: HKCU; Subkey: "Software\Classes\{#ProgId}"; ValueType: string; ValueName: ""; ValueData: "{cm:SyncBundleType}"; Flags: uninsdeletekey; Tasks: associate
Root: HKCU; Subkey: "Software\Classes\{#ProgId}\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"",0"; Tasks: associate
Root: HKCU; Subkey: "Software\Classes\{#ProgId}\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" ""%1"""; Tasks: associate
Root: HKCU; Subkey: "Software\Classes\Applications\{#AppExe}\SupportedTypes"; ValueType: string; ValueName: ".mshg"; ValueData: ""; Flags: uninsdeletekey

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchApp}"; Flags: nowait postinstall skipifsilent

; No [UninstallDelete] section on purpose: the uninstaller removes exactly what was installed above.
