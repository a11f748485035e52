; Inno Setup 6 script for Parley's Windows installer. Build with packaging\windows\build.ps1,
; which passes the version (from pyproject.toml) and the PyInstaller output folder:
;   iscc /DAppVersion=X.Y.Z /DBundleDir=build\pyinstaller\dist\parley /DOutputDir=dist parley.iss
;
; Installs per user by default (no administrator rights needed; IT can choose all users in the
; dialog or with /ALLUSERS), adds a Start menu entry, makes Parley the handler of .parley
; projects, and removes all of it on uninstall (the user's projects and settings stay).

#ifndef AppVersion
  #error Pass /DAppVersion=X.Y.Z (packaging\windows\build.ps1 reads it from pyproject.toml)
#endif
#ifndef NumericVersion
  #define NumericVersion AppVersion
#endif
#ifndef BundleDir
  #define BundleDir "..\..\build\pyinstaller\dist\parley"
#endif
#ifndef OutputDir
  #define OutputDir "..\..\dist"
#endif

#define AppName "Parley"
#define AppId "io.parley.Parley"
#define ProgId "Parley.Project"
#define GuiExe "parleyw.exe"

[Setup]
; AppId identifies the installation for upgrades and uninstall: never change it.
AppId={{a1f89ec4-4cbf-4b4e-a2c0-206433fc6ad1}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher={#AppName}
VersionInfoVersion={#NumericVersion}
VersionInfoProductName={#AppName}
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog commandline
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir={#OutputDir}
OutputBaseFilename=Parley-{#AppVersion}-windows-x64-setup
SetupIconFile=..\..\resources\icons\app\parley.ico
UninstallDisplayIcon={app}\{#GuiExe}
UninstallDisplayName={#AppName}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ChangesAssociations=yes
CloseApplications=yes

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; An upgrade replaces the bundle whole, so no file of an older version lingers.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#GuiExe}"; AppUserModelID: "{#AppId}"; Comment: "Compare how sources report the same political statement"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#GuiExe}"; AppUserModelID: "{#AppId}"; Tasks: desktopicon

[Registry]
; .parley projects open in Parley (HKA: the machine for an all-users install, else the user).
Root: HKA; Subkey: "Software\Classes\.parley"; ValueType: string; ValueName: ""; ValueData: "{#ProgId}"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\.parley"; ValueType: string; ValueName: "Content Type"; ValueData: "application/x-parley"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\.parley\OpenWithProgids"; ValueType: string; ValueName: "{#ProgId}"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\{#ProgId}"; ValueType: string; ValueName: ""; ValueData: "Parley project"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\{#ProgId}\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\{#GuiExe},0"
Root: HKA; Subkey: "Software\Classes\{#ProgId}\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#GuiExe}"" ""%1"""
Root: HKA; Subkey: "Software\Classes\Applications\{#GuiExe}"; ValueType: string; ValueName: "FriendlyAppName"; ValueData: "{#AppName}"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\Applications\{#GuiExe}\SupportedTypes"; ValueType: string; ValueName: ".parley"; ValueData: ""

[Run]
Filename: "{app}\{#GuiExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
