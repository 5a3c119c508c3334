<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>AddProfileWindow</name>
    <message>
        <location filename="../../views/dialogs/profile/profile_add_edit.py" line="30" />
        <source>Please enter a profile name.</source>
        <translation>Por favor, introduzca un nombre de perfil.</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/profile/profile_add_edit.py" line="31" />
        <source>A profile with this name already exists.</source>
        <translation>Ya existe un perfil con este nombre.</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/profile/profile_add_edit.py" line="27" />
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/profile/profile_add_edit.py" line="28" />
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context><context>
    <name>AddRepoWindow</name>
    <message>
        <location filename="../../views/dialogs/repo/repo_add.py" line="139" />
        <source>Encryption:</source>
        <translation>Cifrado:</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/repo/repo_add.py" line="156" />
        <source>Autofilled password from password manager.</source>
        <translation>Autocompletado de contraseña desde el administrador de contraseñas.</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/repo/repo_add.py" line="170" />
        <source>Repokey-ChaCha20-Poly1305 (Recommended, key stored in repository)</source>
        <translation>Repokey-ChaCha20-Poly1305 (Recomendado, llave almacenada en el repositorio)</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/repo/repo_add.py" line="174" />
        <source>Keyfile-ChaCha20-Poly1305 (Key stored in home directory)</source>
        <translation>Keyfile-ChaCha20-Poly1305 (Llave almacenada en el repositorio de inicio)</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/repo/repo_add.py" line="177" />
        <source>Repokey-AES256-OCB</source>
        <translation>Repokey-AES256-OCB</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/repo/repo_add.py" line="178" />
        <source>Keyfile-AES256-OCB</source>
        <translation>Keyfile-AES256-OCB</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/repo/repo_add.py" line="187" />
        <location filename="../../views/dialogs/repo/repo_add.py" line="179" />
        <source>None (not recommended)</source>
        <translation>Ninguno (no recomendado)</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/repo/repo_add.py" line="183" />
        <source>Repokey-Blake2 (Recommended, key stored in repository)</source>
        <translation>Repokey-Blake2 (Recomendado, llave almacenada en el repositorio)</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/repo/repo_add.py" line="184" />
        <source>Repokey</source>
        <translation>Llave del repositorio</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/repo/repo_add.py" line="185" />
        <source>Keyfile-Blake2 (Key stored in home directory)</source>
        <translation>Keyfile-Blake2 (Llave almacenada en el directorio de inicio)</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/repo/repo_add.py" line="186" />
        <source>Keyfile</source>
        <translation>Archivo de llave</translation>
    </message>
</context><context>
    <name>AddRepository</name>
    <message>
        <location filename="../../assets/UI/dialogs/repo/repo_add.ui" line="0" />
        <source>Add Repository</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../assets/UI/dialogs/repo/repo_add.ui" line="0" />
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <location filename="../../assets/UI/dialogs/repo/repo_add.ui" line="0" />
        <source>Initialize New Backup Repository</source>
        <translation>Iniciar nuevo repositorio de respaldos</translation>
    </message>
    <message>
        <location filename="../../assets/UI/dialogs/repo/repo_add.ui" line="0" />
        <source>Repository URL:</source>
        <translation>URL del repositorio:</translation>
    </message>
    <message>
        <location filename="../../assets/UI/dialogs/repo/repo_add.ui" line="0" />
        <source>ssh://abc123@abc123.repo.borgbase.com/./repo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../assets/UI/dialogs/repo/repo_add.ui" line="0" />
        <source>Choose a local folder</source>
        <translation>Seleccione una carpeta local</translation>
    </message>
    <message>
        <location filename="../../assets/UI/dialogs/repo/repo_add.ui" line="0" />
        <location filename="../../assets/UI/dialogs/repo/repo_add.ui" line="0" />
        <source>...</source>
        <translation>...</translation>
    </message>
    <message>
        <location filename="../../assets/UI/dialogs/repo/repo_add.ui" line="0" />
        <source>Choose a remote repository</source>
        <translation>Seleccione un repositorio remoto</translation>
    </message>
    <message>
        <location filename="../../assets/UI/dialogs/repo/repo_add.ui" line="0" />
        <source>Repository Name:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../assets/UI/dialogs/repo/repo_add.ui" line="0" />
        <source>Macbook Pro Office (optional)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../assets/UI/dialogs/repo/repo_add.ui" line="0" />
        <source>Advanced</source>
        <translation>Avanzado</translation>
    </message>
    <message>
        <location filename="../../assets/UI/dialogs/repo/repo_add.ui" line="0" />
        <source>SSH Key:</source>
        <translation>Llave SSH:</translation>
    </message>
    <message>
        <location filename="../../assets/UI/dialogs/repo/repo_add.ui" line="0" />
        <source>Automatically choose SSH Key (default)</source>
        <translation>Automáticamente seleccione llave SSH (predeterminada)</translation>
    </message>
    <message>
        <location filename="../../assets/UI/dialogs/repo/repo_add.ui" line="0" />
        <source>Extra Borg Arguments:</source>
        <translation>Parámetros extra de Borg:</translation>
    </message>
    <message>
        <location filename="../../assets/UI/dialogs/repo/repo_add.ui" line="0" />
        <source>NOTE: Keep a backup of your passphrase in a separate location.</source>
        <translation type="unfinished" />
    </message>
</context><context>
    <name>ArchiveDelete</name>
    <message>
        <location filename="../../views/archive/archive_delete.py" line="14" />
        <source>No archive selected</source>
        <translation>No se ha seleccionado ninguna instantánea.</translation>
    </message>
    <message>
        <location filename="../../views/archive/archive_delete.py" line="23" />
        <source>Are you sure you want to delete all the selected archives?</source>
        <translation>¿Seguro que desea eliminar todas las instantáneas seleccionadas?</translation>
    </message>
    <message>
        <location filename="../../views/archive/archive_delete.py" line="25" />
        <source>Are you sure you want to delete the selected archive?</source>
        <translation>¿Seguro que desea eliminar la instantánea seleccionada?</translation>
    </message>
    <message>
        <location filename="../../views/archive/archive_delete.py" line="26" />
        <source>Confirm deletion</source>
        <translation>Confirmar eliminación</translation>
    </message>
    <message>
        <location filename="../../views/archive/archive_delete.py" line="39" />
        <source>Archives deleted.</source>
        <translation>Instantáneas eliminadas.</translation>
    </message>
    <message>
        <location filename="../../views/archive/archive_delete.py" line="41" />
        <source>Archive deleted.</source>
        <translation>Instantánea eliminada.</translation>
    </message>
</context><context>
    <name>ArchiveDiff</name>
    <message>
        <location filename="../../views/archive/archive_diff.py" line="62" />
        <source>Processing diff results.</source>
        <translation>Procesando resultados de la comparación</translation>
    </message>
</context><context>
    <name>ArchiveExtract</name>
    <message>
        <location filename="../../views/archive/archive_extract.py" line="38" />
        <source>Select an archive to restore first.</source>
        <translation>Seleccione una instantánea que restaurar.</translation>
    </message>
    <message>
        <location filename="../../views/archive/archive_extract.py" line="46" />
        <source>Processing archive contents</source>
        <translation>Procesando los contenidos de la instantánea.</translation>
    </message>
    <message>
        <location filename="../../views/archive/archive_extract.py" line="69" />
        <source>Choose Extraction Point</source>
        <translation>Seleccione punto de extracción</translation>
    </message>
</context><context>
    <name>ArchiveMaintenance</name>
    <message>
        <location filename="../../views/archive/archive_maintenance.py" line="58" />
        <source>Pruning finished.</source>
        <translation>Limpieza terminada.</translation>
    </message>
</context><context>
    <name>ArchiveMount</name>
    <message>
        <location filename="../../views/archive/archive_mount.py" line="72" />
        <location filename="../../views/archive/archive_mount.py" line="55" />
        <source>Unmount</source>
        <translation>Desmontar</translation>
    </message>
    <message>
        <location filename="../../views/archive/archive_mount.py" line="56" />
        <source>Unmount the selected archive from the file system</source>
        <translation>Desmontar la instantánea seleccionada del sistema de archivos.</translation>
    </message>
    <message>
        <location filename="../../views/archive/archive_mount.py" line="76" />
        <location filename="../../views/archive/archive_mount.py" line="60" />
        <source>Mount…</source>
        <translation>Montar...</translation>
    </message>
    <message>
        <location filename="../../views/archive/archive_mount.py" line="62" />
        <source>Mount the selected archive as a folder in the file system</source>
        <translation>Montar la instantánea seleccionada como una carpeta en el sistema de archivos.</translation>
    </message>
    <message>
        <location filename="../../views/archive/archive_mount.py" line="73" />
        <source>Unmount the repository from the file system</source>
        <translation>Desmontar el repositorio del sistema de archivos</translation>
    </message>
    <message>
        <location filename="../../views/archive/archive_mount.py" line="78" />
        <source>Mount the repository as a folder in the file system</source>
        <translation>Montar el repositorio como una carpeta en el sistema de archivos</translation>
    </message>
    <message>
        <location filename="../../views/archive/archive_mount.py" line="109" />
        <source>Choose Mount Point</source>
        <translation>Seleccione un punto de montaje</translation>
    </message>
    <message>
        <location filename="../../views/archive/archive_mount.py" line="114" />
        <source>Mounted successfully.</source>
        <translation>Montaje exitoso.</translation>
    </message>
    <message>
        <location filename="../../views/archive/archive_mount.py" line="168" />
        <source>Un-mounted successfully.</source>
        <translation>Desmontado exitoso.</translation>
    </message>
    <message>
        <location filename="../../views/archive/archive_mount.py" line="183" />
        <source>Unmounting failed. Make sure no programs are using {}</source>
        <translation>Desmontado fallido. Asegúrese de que ningún programa esté utilizando {}</translation>
    </message>
</context><context>
    <name>ArchiveRename</name>
    <message>
        <location filename="../../views/archive/archive_rename.py" line="58" />
        <source>Archive name cannot be blank.</source>
        <translation>El nombre de la instantánea no puede estar vacío.</translation>
    </message>
    <message>
        <location filename="../../views/archive/archive_rename.py" line="62" />
        <source>An archive with this name already exists.</source>
        <translation>Ya existe una instantánea con este nombre.</translation>
    </message>
    <message>
        <location filename="../../views/archive/archive_rename.py" line="72" />
        <source>Renaming archive...</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../views/archive/archive_rename.py" line="86" />
        <source>Archive renamed.</source>
        <translation>instantánea renombrada.</translation>
    </message>
</context><context>
    <name>ArchiveTab</name>
    <message>
        <location filename="../../views/archive_tab.py" line="205" />
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <location filename="../../views/archive_tab.py" line="225" />
        <source>Action cancelled.</source>
        <translation>Acción cancelada.</translation>
    </message>
    <message>
        <location filename="../../views/archive_tab.py" line="289" />
        <source>(This feature needs Borg 1.2.0 or higher)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../views/archive_tab.py" line="304" />
        <source>Archives for {}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../views/archive_tab.py" line="328" />
        <source>Archives</source>
        <translation>Instantáneas</translation>
    </message>
    <message>
        <location filename="../../views/archive_tab.py" line="382" />
        <source>(borg already running)</source>
        <translation>(borg ya se está ejecutando)</translation>
    </message>
    <message>
        <location filename="../../views/archive_tab.py" line="392" />
        <source>(Select minimum one archive)</source>
        <translation>(Seleccione al menos una instantánea)</translation>
    </message>
    <message>
        <location filename="../../views/archive_tab.py" line="404" />
        <source>(Select two archives)</source>
        <translation>(Seleccione dos instantáneas)</translation>
    </message>
    <message>
        <location filename="../../views/archive_tab.py" line="419" />
        <source>(Select exactly one archive)</source>
        <translation>(Seleccione exactamente una instantánea)</translation>
    </message>
    <message>
        <location filename="../../views/archive_tab.py" line="467" />
        <source>Preview: %s</source>
        <translation>Vista previa: %s</translation>
    </message>
    <message>
        <location filename="../../views/archive_tab.py" line="471" />
        <source>Error in archive name template.</source>
        <translation>Error en el nombre de la plantilla de la instantánea.</translation>
    </message>
    <message>
        <location filename="../../views/archive_tab.py" line="515" />
        <location filename="../../views/archive_tab.py" line="492" />
        <source>Refreshed archives.</source>
        <translation>Instantáneas actualizadas.</translation>
    </message>
    <message>
        <location filename="../../views/archive_tab.py" line="528" />
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <location filename="../../views/archive_tab.py" line="529" />
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../views/partials/archive_table_model.py" line="163" />
        <source>Scheduled</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../views/partials/archive_table_model.py" line="165" />
        <source>User initiated</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pruning finished.</source>
        <translation type="vanished">Limpieza terminada.</translation>
    </message>
    <message>
        <source>Unmount</source>
        <translation type="vanished">Desmontar</translation>
    </message>
    <message>
        <source>Unmount the selected archive from the file system</source>
        <translation type="vanished">Desmontar la instantánea seleccionada del sistema de archivos.</translation>
    </message>
    <message>
        <source>Mount…</source>
        <translation type="vanished">Montar...</translation>
    </message>
    <message>
        <source>Mount the selected archive as a folder in the file system</source>
        <translation type="vanished">Montar la instantánea seleccionada como una carpeta en el sistema de archivos.</translation>
    </message>
    <message>
        <source>Unmount the repository from the file system</source>
        <translation type="vanished">Desmontar el repositorio del sistema de archivos</translation>
    </message>
    <message>
        <source>Mount the repository as a folder in the file system</source>
        <translation type="vanished">Montar el repositorio como una carpeta en el sistema de archivos</translation>
    </message>
    <message>
        <source>Choose Mount Point</source>
        <translation type="vanished">Seleccione un punto de montaje</translation>
    </message>
    <message>
        <source>Mounted successfully.</source>
        <translation type="vanished">Montaje exitoso.</translation>
    </message>
    <message>
        <source>Un-mounted successfully.</source>
        <translation type="vanished">Desmontado exitoso.</translation>
    </message>
    <message>
        <source>Unmounting failed. Make sure no programs are using {}</source>
        <translation type="vanished">Desmontado fallido. Asegúrese de que ningún programa esté utilizando {}</translation>
    </message>
    <message>
        <source>Select an archive to restore first.</source>
        <translation type="vanished">Seleccione una instantánea que restaurar.</translation>
    </message>
    <message>
        <source>Processing archive contents</source>
        <translation type="vanished">Procesando los contenidos de la instantánea.</translation>
    </message>
    <message>
        <source>Choose Extraction Point</source>
        <translation type="vanished">Seleccione punto de extracción</translation>
    </message>
    <message>
        <source>Archive name cannot be blank.</source>
        <translation type="vanished">El nombre de la instantánea no puede estar vacío.</translation>
    </message>
    <message>
        <source>An archive with this name already exists.</source>
        <translation type="vanished">Ya existe una instantánea con este nombre.</translation>
    </message>
    <message>
        <source>No archive selected</source>
        <translation type="vanished">No se ha seleccionado ninguna instantánea.</translation>
    </message>
    <message>
        <source>Are you sure you want to delete all the selected archives?</source>
        <translation type="vanished">¿Seguro que desea eliminar todas las instantáneas seleccionadas?</translation>
    </message>
    <message>
        <source>Are you sure you want to delete the selected archive?</source>
        <translation type="vanished">¿Seguro que desea eliminar la instantánea seleccionada?</translation>
    </message>
    <message>
        <source>Confirm deletion</source>
        <translation type="vanished">Confirmar eliminación</translation>
    </message>
    <message>
        <source>Archives deleted.</source>
        <translation type="vanished">Instantáneas eliminadas.</translation>
    </message>
    <message>
        <source>Archive deleted.</source>
        <translation type="vanished">Instantánea eliminada.</translation>
    </message>
    <message>
        <source>Processing diff results.</source>
        <translation type="vanished">Procesando resultados de la comparación</translation>
    </message>
    <message>
        <source>Archive renamed.</source>
        <translation type="vanished">instantánea renombrada.</translation>
    </message>
</context><context>
    <name>BorgBreakJob</name>
    <message>
        <location filename="../../borg/break_lock.py" line="7" />
        <source>Breaking repository lock…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../borg/break_lock.py" line="12" />
        <source>Repository lock broken. Please redo your last action.</source>
        <translation type="unfinished" />
    </message>
</context><context>
    <name>BorgChangePassJob</name>
    <message>
        <location filename="../../borg/change_passphrase.py" line="18" />
        <source>Changing Borg passphrase…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../borg/change_passphrase.py" line="39" />
        <source>Passphrase changed.</source>
        <translation type="unfinished" />
    </message>
</context><context>
    <name>BorgCheckJob</name>
    <message>
        <location filename="../../borg/check.py" line="14" />
        <source>Starting consistency check…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../borg/check.py" line="36" />
        <source>Check completed.</source>
        <translation type="unfinished" />
    </message>
</context><context>
    <name>BorgCompactJob</name>
    <message>
        <location filename="../../borg/compact.py" line="32" />
        <source>Errors during compaction. See the %1 for details.</source>
        <translation>Ha habido errores durante la compactación. Vea los %1 para más detalles.</translation>
    </message>
    <message>
        <location filename="../../borg/compact.py" line="15" />
        <source>Starting repository compaction...</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../borg/compact.py" line="37" />
        <source>Compaction completed.</source>
        <translation type="unfinished" />
    </message>
</context><context>
    <name>BorgCreateJob</name>
    <message>
        <location filename="../../borg/create.py" line="46" />
        <source>Backup finished with warnings. See the %1 for details.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../borg/create.py" line="52" />
        <source>Backup finished.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../borg/create.py" line="59" />
        <source>Backup started.</source>
        <translation type="unfinished" />
    </message>
</context><context>
    <name>BorgDeleteJob</name>
    <message>
        <location filename="../../borg/delete.py" line="12" />
        <source>Deleting archive…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../borg/delete.py" line="25" />
        <source>Archive deleted.</source>
        <translation>Instantánea eliminada.</translation>
    </message>
</context><context>
    <name>BorgDiffJob</name>
    <message>
        <location filename="../../borg/diff.py" line="10" />
        <source>Requesting differences between archives…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../borg/diff.py" line="16" />
        <source>Obtained differences between archives.</source>
        <translation type="unfinished" />
    </message>
</context><context>
    <name>BorgExtractJob</name>
    <message>
        <location filename="../../borg/extract.py" line="16" />
        <source>Downloading files from archive…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../borg/extract.py" line="23" />
        <source>Restored files from archive.</source>
        <translation type="unfinished" />
    </message>
</context><context>
    <name>BorgInfoArchiveJob</name>
    <message>
        <location filename="../../borg/info_archive.py" line="10" />
        <source>Refreshing archive…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../borg/info_archive.py" line="15" />
        <source>Refreshing archive done.</source>
        <translation type="unfinished" />
    </message>
</context><context>
    <name>BorgInfoRepoJob</name>
    <message>
        <location filename="../../borg/info_repo.py" line="11" />
        <source>Validating existing repo…</source>
        <translation>Validando el repositorio existente...</translation>
    </message>
</context><context>
    <name>BorgInitJob</name>
    <message>
        <location filename="../../borg/init.py" line="9" />
        <source>Setting up new repo…</source>
        <translation>Creando nuevo repositorio...</translation>
    </message>
</context><context>
    <name>BorgJob</name>
    <message>
        <location filename="../../borg/borg_job.py" line="309" />
        <location filename="../../borg/borg_job.py" line="69" />
        <source>Files</source>
        <translation>Archivos</translation>
    </message>
    <message>
        <location filename="../../borg/borg_job.py" line="310" />
        <location filename="../../borg/borg_job.py" line="70" />
        <source>Original</source>
        <translation>Original</translation>
    </message>
    <message>
        <location filename="../../borg/borg_job.py" line="312" />
        <location filename="../../borg/borg_job.py" line="71" />
        <source>Deduplicated</source>
        <translation>Deduplicado</translation>
    </message>
    <message>
        <location filename="../../borg/borg_job.py" line="72" />
        <source>Compressed</source>
        <translation>Comprimido</translation>
    </message>
    <message>
        <location filename="../../borg/borg_job.py" line="354" />
        <source>Task started</source>
        <translation>Tarea iniciada</translation>
    </message>
</context><context>
    <name>BorgListArchiveJob</name>
    <message>
        <location filename="../../borg/list_archive.py" line="9" />
        <source>Getting archive content…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../borg/list_archive.py" line="14" />
        <source>Done getting archive content.</source>
        <translation type="unfinished" />
    </message>
</context><context>
    <name>BorgListRepoJob</name>
    <message>
        <location filename="../../borg/list_repo.py" line="12" />
        <source>Refreshing archives…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../borg/list_repo.py" line="17" />
        <source>Refreshing archives done.</source>
        <translation type="unfinished" />
    </message>
</context><context>
    <name>BorgMountJob</name>
    <message>
        <location filename="../../borg/mount.py" line="14" />
        <source>Mounting archive into folder…</source>
        <translation>Montando instantánea en la carpeta...</translation>
    </message>
</context><context>
    <name>BorgPruneJob</name>
    <message>
        <location filename="../../borg/prune.py" line="10" />
        <source>Pruning old archives…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../borg/prune.py" line="23" />
        <source>Pruning done.</source>
        <translation type="unfinished" />
    </message>
</context><context>
    <name>BorgRenameJob</name>
    <message>
        <location filename="../../borg/rename.py" line="10" />
        <source>Renaming archive…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../borg/rename.py" line="48" />
        <source>Archive renamed.</source>
        <translation>instantánea renombrada.</translation>
    </message>
</context><context>
    <name>BorgUmountJob</name>
    <message>
        <location filename="../../borg/umount.py" line="11" />
        <source>Unmounting archive…</source>
        <translation>Desmontando instantánea...</translation>
    </message>
</context><context>
    <name>ChangeBorgPassphraseWindow</name>
    <message>
        <location filename="../../views/dialogs/repo/repo_change_passphrase.py" line="19" />
        <source>Change Passphrase</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../views/dialogs/repo/repo_change_passphrase.py" line="29" />
        <source>Repository:</source>
        <translation>Repositorio:</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/repo/repo_change_passphrase.py" line="33" />
        <source>Update</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../views/dialogs/repo/repo_change_passphrase.py" line="66" />
        <source>Unable to change the borg passphrase.</source>
        <translation type="unfinished" />
    </message>
</context><context>
    <name>ChangeRepositoryPass</name>
    <message>
        <location filename="../../assets/UI/dialogs/repo/change_passphrase.ui" line="0" />
        <source>Change the borg passphrase</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../assets/UI/dialogs/repo/change_passphrase.ui" line="0" />
        <source>NOTE: Keep a backup of your passphrase in a separate location.</source>
        <translation type="unfinished" />
    </message>
</context><context>
    <name>CustomPresetsHelp</name>
    <message>
        <location filename="../../views/dialogs/archive/exclude.py" line="97" />
        <source>Patterns that you add here will be used to exclude files and folders from the backup. For more info on how to use patterns, see the %1. To add multiple patterns at once, use the "Raw" tab.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../views/dialogs/archive/exclude.py" line="103" />
        <source>documentation</source>
        <translation type="unfinished" />
    </message>
</context><context>
    <name>Dialog</name>
    <message>
        <location filename="../../views/dialogs/exception.py" line="47" />
        <source>You can report this issue on %1. Please search for similar issues before reporting.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../views/dialogs/exception.py" line="51" />
        <source>Github</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../views/dialogs/profile/profile_add_edit.py" line="32" />
        <source>Profiles allow configuring of different backup and repository settings including different schedules.</source>
        <translation>Los perfiles permiten diferentes configuraciones de respaldo y repositorio, incluyendo diferentes calendarizaciones.</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/profile/profile_add_edit.py" line="36" />
        <source>All profiles will be able to access the same repositories as well as the same %1 keys. The global application settings in %2 are shared across profiles.</source>
        <translation>Todos los perfiles podrán acceder a los mismos repositorios, así como a las mismas llaves %1. La configuración global en %2 se comparte entre los perfiles.</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/repo/ssh.py" line="21" />
        <source>2048 or 4096 for RSA, 384 or 521 for ECDSA. Fixed for Ed25519. %1.</source>
        <translation>2048 o 4096 para RSA, 384 o 521 para ECDSA. Predeterminado para ED25519.%1</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/repo/ssh.py" line="25" />
        <source>More</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../assets/UI/dialogs/exception.ui" line="0" />
        <source>Fatal Error</source>
        <translation>Error fatal</translation>
    </message>
    <message>
        <location filename="../../assets/UI/dialogs/exception.ui" line="0" />
        <source>Vorta quit unexpectedly. </source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../assets/UI/dialogs/exception.ui" line="0" />
        <source>Crash Report:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../assets/UI/dialogs/archive/exclude.ui" line="0" />
        <location filename="../../assets/UI/dialogs/exception.ui" line="0" />
        <source>Copy to Clipboard</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../assets/UI/dialogs/archive/diff_result.ui" line="0" />
        <source>Diff Result</source>
        <translation>Resultado de la comparación</translation>
    </message>
    <message>
        <location filename="../../assets/UI/dialogs/archive/diff_result.ui" line="0" />
        <source>nyx2.local-2018-11-16T09:49:58 </source>
        <translation>nyx2.local-2018-11-16T09:49:58 </translation>
    </message>
    <message>
        <location filename="../../assets/UI/dialogs/archive/diff_result.ui" line="0" />
        <source>nyx2.local-2018-10-16T09:49:58 </source>
        <translation>nyx2.local-2018-10-16T09:49:58 </translation>
    </message>
    <message>
        <location filename="../../assets/UI/dialogs/archive/extract.ui" line="0" />
        <location filename="../../assets/UI/dialogs/archive/diff_result.ui" line="0" />
        <source>Keep folders on top when sorting</source>
        <translation>Mantener carpetas en la parte superior al ordenar</translation>
    </message>
    <message>
        <location filename="../../assets/UI/dialogs/archive/extract.ui" line="0" />
        <location filename="../../assets/UI/dialogs/archive/diff_result.ui" line="0" />
        <source>Folders First</source>
        <translation>Carpetas primero</translation>
    </message>
    <message>
        <location filename="../../assets/UI/dialogs/archive/extract.ui" line="0" />
        <location filename="../../assets/UI/dialogs/archive/diff_result.ui" line="0" />
        <source>Set display mode of diff view</source>
        <translation>Establecer modo de visualización de la comparación</translation>
    </message>
    <message>
        <location filename="../../assets/UI/dialogs/archive/extract.ui" line="0" />
        <location filename="../../assets/UI/dialogs/archive/diff_result.ui" line="0" />
        <source>Tree</source>
        <translation>Árbol</translation>
    </message>
    <message>
        <location filename="../../assets/UI/dialogs/archive/extract.ui" line="0" />
        <location filename="../../assets/UI/dialogs/archive/diff_result.ui" line="0" />
        <source>Tree, simplified</source>
        <translation>Árbol, simplificado.</translation>
    </message>
    <message>
        <location filename="../../assets/UI/dialogs/archive/diff_result.ui" line="0" />
        <source>Flat</source>
        <translation>Lista</translation>
    </message>
    <message>
        <location filename="../../assets/UI/dialogs/archive/extract.ui" line="0" />
        <location filename="../../assets/UI/dialogs/archive/diff_result.ui" line="0" />
        <source>Collapse All</source>
        <translation>Plegar todo</translation>
    </message>
    <message>
        <location filename="../../assets/UI/dialogs/archive/exclude.ui" line="0" />
        <source>Add patterns to exclude</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../assets/UI/dialogs/archive/exclude.ui" line="0" />
        <source>Custom</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../assets/UI/dialogs/archive/exclude.ui" line="0" />
        <source>Exclude Files/Folders</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../assets/UI/dialogs/archive/exclude.ui" line="0" />
        <source>Presets</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../assets/UI/dialogs/archive/exclude.ui" line="0" />
        <source>Raw</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../assets/UI/dialogs/archive/exclude.ui" line="0" />
        <source>Exclude If Present</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../assets/UI/dialogs/archive/exclude.ui" line="0" />
        <source>Preview</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../assets/UI/dialogs/archive/diff.ui" line="0" />
        <source>Choose archives for diff</source>
        <translation>Seleccionar instantáneas para comparar</translation>
    </message>
    <message>
        <location filename="../../assets/UI/dialogs/archive/diff.ui" line="0" />
        <source>Select two archives</source>
        <translation>Seleccionar dos instantáneas</translation>
    </message>
    <message>
        <location filename="../../assets/UI/dialogs/archive/diff.ui" line="0" />
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../../assets/UI/dialogs/archive/diff.ui" line="0" />
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <location filename="../../assets/UI/dialogs/archive/diff.ui" line="0" />
        <source>Duration</source>
        <translation>Duración</translation>
    </message>
    <message>
        <location filename="../../assets/UI/dialogs/archive/diff.ui" line="0" />
        <source>Mount Point</source>
        <translation>Punto de montaje</translation>
    </message>
    <message>
        <location filename="../../assets/UI/dialogs/archive/diff.ui" line="0" />
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../assets/UI/dialogs/archive/diff.ui" line="0" />
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../assets/UI/dialogs/archive/diff.ui" line="0" />
        <source>Diff</source>
        <translation>Comparar</translation>
    </message>
    <message>
        <location filename="../../assets/UI/dialogs/archive/extract.ui" line="0" />
        <source>Choose files to extract</source>
        <translation>Seleccionar archivos que extraer</translation>
    </message>
    <message>
        <location filename="../../assets/UI/dialogs/archive/extract.ui" line="0" />
        <source>Archive:</source>
        <translation>Instantánea:</translation>
    </message>
    <message>
        <location filename="../../assets/UI/dialogs/archive/extract.ui" line="0" />
        <source>nyx2.local-2018-11-16T09:49:58 from November 16, 2018</source>
        <translation>nyx2.local-2018-11-16T09:49:58 from November 16, 2018</translation>
    </message>
    <message>
        <location filename="../../assets/UI/dialogs/profile/import_window.ui" line="0" />
        <source>Borg passphrase:</source>
        <translation>Contraseña de Borg:</translation>
    </message>
    <message>
        <location filename="../../assets/UI/dialogs/profile/import_window.ui" line="0" />
        <source>Enter passphrase</source>
        <translation>Introducir contraseña</translation>
    </message>
    <message>
        <location filename="../../assets/UI/dialogs/profile/import_window.ui" line="0" />
        <source>Overwrite existing profile</source>
        <translation>Sobrescribir el perfil existente</translation>
    </message>
    <message>
        <location filename="../../assets/UI/dialogs/profile/import_window.ui" line="0" />
        <source>Overwrite existing settings</source>
        <translation>Sobrescribir la configuración existente</translation>
    </message>
    <message>
        <location filename="../../assets/UI/dialogs/profile/export_window.ui" line="0" />
        <source>Include Borg passphrase in export. Use with caution!</source>
        <translation>Incluir contraseña de Borg en el archivo exportado. ¡Usar con cuidado!</translation>
    </message>
    <message>
        <location filename="../../assets/UI/dialogs/profile/export_window.ui" line="0" />
        <source>Include borg passphrase in export</source>
        <translation>Incluir la contraseña de Borg dentro del archivo exportado</translation>
    </message>
    <message>
        <location filename="../../assets/UI/dialogs/profile/profile_add.ui" line="0" />
        <source>Add Profile</source>
        <translation>Añadir perfil</translation>
    </message>
    <message>
        <location filename="../../assets/UI/dialogs/profile/profile_add.ui" line="0" />
        <source>Add Backup Profile</source>
        <translation>Añadir perfil de respaldo</translation>
    </message>
    <message>
        <location filename="../../assets/UI/dialogs/profile/profile_add.ui" line="0" />
        <source>Profile Name:</source>
        <translation>Nombre del perfil:</translation>
    </message>
    <message>
        <location filename="../../assets/UI/dialogs/repo/ssh_add.ui" line="0" />
        <source>Generate SSH Key</source>
        <translation>Generar llave SSH</translation>
    </message>
    <message>
        <location filename="../../assets/UI/dialogs/repo/ssh_add.ui" line="0" />
        <source>Key Format:</source>
        <translation>Formato de la llave:</translation>
    </message>
    <message>
        <location filename="../../assets/UI/dialogs/repo/ssh_add.ui" line="0" />
        <source>Key Length:</source>
        <translation>Tamaño de la llave:</translation>
    </message>
    <message>
        <location filename="../../assets/UI/dialogs/repo/ssh_add.ui" line="0" />
        <source>Output File:</source>
        <translation>Archivo de salida:</translation>
    </message>
    <message>
        <location filename="../../assets/UI/dialogs/repo/ssh_add.ui" line="0" />
        <source>Do not change this if you want SSH to automatically find the key.</source>
        <translation>No cambie esto si desea que SSH encuentre la llave automáticamente.</translation>
    </message>
</context><context>
    <name>DiffResultDialog</name>
    <message>
        <location filename="../../views/dialogs/archive/diff_result.py" line="152" />
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/archive/diff_result.py" line="160" />
        <source>Expand recursively</source>
        <translation>Expandir recursivamente</translation>
    </message>
</context><context>
    <name>DiffTree</name>
    <message>
        <location filename="../../views/dialogs/archive/diff_result.py" line="793" />
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/archive/diff_result.py" line="795" />
        <source>Change</source>
        <translation>Cambiar</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/archive/diff_result.py" line="797" />
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/archive/diff_result.py" line="799" />
        <source>Balance</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../views/dialogs/archive/diff_result.py" line="870" />
        <source>Added {}, deleted {}</source>
        <translation>Añadido {}, eliminado {}</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/archive/diff_result.py" line="877" />
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/archive/diff_result.py" line="879" />
        <source>Directory</source>
        <translation>Directorio</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/archive/diff_result.py" line="881" />
        <source>Link</source>
        <translation>Enlace</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/archive/diff_result.py" line="883" />
        <source>Block device file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../views/dialogs/archive/diff_result.py" line="885" />
        <source>Character device file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../views/dialogs/archive/diff_result.py" line="890" />
        <source>unchanged</source>
        <translation>no modificado</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/archive/diff_result.py" line="892" />
        <source>modified</source>
        <translation>modificado</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/archive/diff_result.py" line="894" />
        <source>removed</source>
        <translation>eliminado</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/archive/diff_result.py" line="896" />
        <source>added</source>
        <translation>añadido</translation>
    </message>
</context><context>
    <name>EditProfileWindow</name>
    <message>
        <location filename="../../views/dialogs/profile/profile_add_edit.py" line="89" />
        <source>Rename Profile</source>
        <translation>Cambiar nombre del perfil</translation>
    </message>
</context><context>
    <name>ExcludeDialog</name>
    <message>
        <location filename="../../views/dialogs/archive/exclude.py" line="195" />
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/archive/exclude.py" line="201" />
        <source>Remove</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/archive/exclude.py" line="208" />
        <source>Toggle</source>
        <translation type="unfinished" />
    </message>
</context><context>
    <name>ExcludeIfPresentHelp</name>
    <message>
        <location filename="../../views/dialogs/archive/exclude.py" line="124" />
        <source>Folders that contain the following files will be excluded from backups.</source>
        <translation type="unfinished" />
    </message>
</context><context>
    <name>ExclusionPresetsHelp</name>
    <message>
        <location filename="../../views/dialogs/archive/exclude.py" line="106" />
        <source>These presets are provided by the community and are a good starting point for excluding certain types of files. You can enable or disable them as you see fit. To see the patterns that are used for each preset, switch to the "Preview" tab after enabling it.</source>
        <translation type="unfinished" />
    </message>
</context><context>
    <name>ExclusionsPreviewHelp</name>
    <message>
        <location filename="../../views/dialogs/archive/exclude.py" line="118" />
        <source>This is a preview of the patterns that will be used to exclude files and folders from the backup.</source>
        <translation type="unfinished" />
    </message>
</context><context>
    <name>ExistingRepoWindow</name>
    <message>
        <location filename="../../views/dialogs/repo/repo_add.py" line="231" />
        <source>Connect to existing Repository</source>
        <translation>Conectar un repositorio existente</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/repo/repo_add.py" line="234" />
        <source>Password:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../views/dialogs/repo/repo_add.py" line="235" />
        <source>Enter the encryption passphrase</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../views/dialogs/repo/repo_add.py" line="242" />
        <source>Autofilled password from password manager.</source>
        <translation>Autocompletado de contraseña desde el administrador de contraseñas.</translation>
    </message>
</context><context>
    <name>ExportWindow</name>
    <message>
        <location filename="../../views/dialogs/profile/export_window.py" line="30" />
        <source>Export Profile</source>
        <translation>Exportar perfil</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/profile/export_window.py" line="39" />
        <source>Disclose your borg passphrase (No passphrase set)</source>
        <translation>Divulgar su contraseña de borg (No se ha establecido una contraseña)</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/profile/export_window.py" line="44" />
        <source>Save profile_export</source>
        <translation>Guardar perfil exportado</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/profile/export_window.py" line="52" />
        <source>Error while exporting</source>
        <translation>Ha habido un error al exportar</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/profile/export_window.py" line="68" />
        <source>The file {} could not be created. Please choose another location.</source>
        <translation>El archivo {} no se ha podido crear. Por favor, seleccione otra ubicación.</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/profile/export_window.py" line="74" />
        <source>Profile export successful!</source>
        <translation>¡La exportación del perfil ha sido exitosa!</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/profile/export_window.py" line="75" />
        <source>Profile export written to {}.</source>
        <translation>El perfil se ha exportado a {}.</translation>
    </message>
</context><context>
    <name>ExtractDialog</name>
    <message>
        <location filename="../../views/dialogs/archive/extract.py" line="138" />
        <location filename="../../views/dialogs/archive/extract.py" line="110" />
        <source>Extract</source>
        <translation>Extraer</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/archive/extract.py" line="216" />
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/archive/extract.py" line="222" />
        <source>Expand recursively</source>
        <translation>Expandir recursivamente</translation>
    </message>
</context><context>
    <name>ExtractTree</name>
    <message>
        <location filename="../../views/dialogs/archive/extract.py" line="444" />
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/archive/extract.py" line="446" />
        <source>Last Modified</source>
        <translation>Última modificación</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/archive/extract.py" line="448" />
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/archive/extract.py" line="450" />
        <source>Health</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/archive/extract.py" line="529" />
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/archive/extract.py" line="531" />
        <source>Directory</source>
        <translation>Directorio</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/archive/extract.py" line="533" />
        <source>Symbolic link</source>
        <translation>Enlace simbólico</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/archive/extract.py" line="535" />
        <source>FIFO pipe</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../views/dialogs/archive/extract.py" line="537" />
        <source>Hard link</source>
        <translation>Enlace físico</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/archive/extract.py" line="539" />
        <source>Socket</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../views/dialogs/archive/extract.py" line="541" />
        <source>Block special file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../views/dialogs/archive/extract.py" line="543" />
        <source>Character special file</source>
        <translation>Archivo de carácter especial</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/archive/extract.py" line="550" />
        <source>healthy</source>
        <translation>perfecto</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/archive/extract.py" line="552" />
        <source>broken</source>
        <translation>roto</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/archive/extract.py" line="565" />
        <source>Linked to: {}</source>
        <translation>Enlazado a:</translation>
    </message>
</context><context>
    <name>Form</name>
    <message>
        <location filename="../../views/repo_tab.py" line="31" />
        <source>For simple and secure backup hosting, try %1.</source>
        <translation>Para respaldos sencillos y seguros, pruebe %1.</translation>
    </message>
    <message>
        <location filename="../../views/repo_tab.py" line="32" />
        <source>Help on compression types</source>
        <translation>Ayuda en tipos de compresión</translation>
    </message>
    <message>
        <location filename="../../views/about_tab.py" line="29" />
        <source>%1 to report a bug.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../views/about_tab.py" line="30" />
        <source>%1 to view the docs.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../views/about_tab.py" line="31" />
        <source>%1 to view Git repo.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../views/about_tab.py" line="32" />
        <source>Click here</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../views/about_tab.py" line="33" />
        <source>View the logs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../views/archive_tab.py" line="106" />
        <source>To mount archives, first install "FUSE for macOS" from %1.</source>
        <translation>Para montar las instantáneas, primero instale "FUSE para macOS" desde %1.</translation>
    </message>
    <message>
        <location filename="../../views/archive_tab.py" line="107" />
        <source>here</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../views/archive_tab.py" line="108" />
        <source>Pruning removes older archives. You can choose the number of hourly, daily, etc. archives to preserve. Usually you will keep more newer and fewer old archives. Read %1.</source>
        <translation>La limpiezaborra archivos viejos. Puede elegir el número de archivos por hora, por día, etc. que desee conservar. Por lo general, se recomienda conservar los archivos nuevos y algunos antiguos. Lea %1.</translation>
    </message>
    <message>
        <location filename="../../views/archive_tab.py" line="113" />
        <source>more</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../views/partials/source_files_table_model.py" line="29" />
        <source>Path</source>
        <translation>Ruta</translation>
    </message>
    <message>
        <location filename="../../views/partials/archive_table_model.py" line="41" />
        <location filename="../../views/partials/source_files_table_model.py" line="30" />
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <location filename="../../views/partials/source_files_table_model.py" line="31" />
        <source>File Count</source>
        <translation>Número de archivos</translation>
    </message>
    <message>
        <location filename="../../views/partials/archive_table_model.py" line="40" />
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../../views/partials/archive_table_model.py" line="42" />
        <source>Duration</source>
        <translation>Duración</translation>
    </message>
    <message>
        <location filename="../../views/partials/archive_table_model.py" line="43" />
        <source>Mount Point</source>
        <translation>Punto de montaje</translation>
    </message>
    <message>
        <location filename="../../views/partials/archive_table_model.py" line="44" />
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../views/partials/archive_table_model.py" line="45" />
        <source>Trigger</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../assets/UI/archive_tab.ui" line="0" />
        <location filename="../../assets/UI/schedule_tab.ui" line="0" />
        <location filename="../../assets/UI/about_tab.ui" line="0" />
        <location filename="../../assets/UI/repo_tab.ui" line="0" />
        <location filename="../../assets/UI/source_tab.ui" line="0" />
        <location filename="../../assets/UI/misc_tab.ui" line="0" />
        <source>Form</source>
        <translation>Desde</translation>
    </message>
    <message>
        <location filename="../../assets/UI/source_tab.ui" line="0" />
        <source>Source Folders and Files to Back Up:</source>
        <translation>Carpetas y archivos que respaldar:</translation>
    </message>
    <message>
        <location filename="../../assets/UI/source_tab.ui" line="0" />
        <source>Recalculate source size and file count</source>
        <translation>Recalcular el tamaño de la fuente y su número de archivos</translation>
    </message>
    <message>
        <location filename="../../assets/UI/source_tab.ui" line="0" />
        <source>Manage Excluded Items…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../assets/UI/source_tab.ui" line="0" />
        <source>Add sources</source>
        <translation>Añadir fuentes</translation>
    </message>
    <message>
        <location filename="../../assets/UI/source_tab.ui" line="0" />
        <source>Remove the selected source</source>
        <translation>Eliminar la fuente seleccionada</translation>
    </message>
    <message>
        <location filename="../../assets/UI/repo_tab.ui" line="0" />
        <location filename="../../assets/UI/repo_tab.ui" line="0" />
        <source>Copy to clipboard</source>
        <translation>Copiar al portapapeles</translation>
    </message>
    <message>
        <location filename="../../assets/UI/repo_tab.ui" line="0" />
        <source>Repository:</source>
        <translation>Repositorio:</translation>
    </message>
    <message>
        <location filename="../../assets/UI/repo_tab.ui" line="0" />
        <source>Select Backup Destination</source>
        <translation>Seleccione el destino del respaldo</translation>
    </message>
    <message>
        <location filename="../../assets/UI/repo_tab.ui" line="0" />
        <source>SSH Key:</source>
        <translation>Llave SSH:</translation>
    </message>
    <message>
        <location filename="../../assets/UI/repo_tab.ui" line="0" />
        <source>Compression:</source>
        <translation>Compresión:</translation>
    </message>
    <message>
        <location filename="../../assets/UI/repo_tab.ui" line="0" />
        <source>Encryption:</source>
        <translation>Cifrado:</translation>
    </message>
    <message>
        <location filename="../../assets/UI/repo_tab.ui" line="0" />
        <source>Original Size:</source>
        <translation>Tamaño original:</translation>
    </message>
    <message>
        <location filename="../../assets/UI/repo_tab.ui" line="0" />
        <source>Deduplicated Size:</source>
        <translation>Tamaño deduplicado:</translation>
    </message>
    <message>
        <location filename="../../assets/UI/repo_tab.ui" line="0" />
        <source>Compressed Size:</source>
        <translation>Tamaño comprimido:</translation>
    </message>
    <message>
        <location filename="../../assets/UI/about_tab.ui" line="0" />
        <source>Vorta Version:</source>
        <translation>Versión de Vorta:</translation>
    </message>
    <message>
        <location filename="../../assets/UI/about_tab.ui" line="0" />
        <source>0.0</source>
        <translation>0.0</translation>
    </message>
    <message>
        <location filename="../../assets/UI/about_tab.ui" line="0" />
        <source>Borg Version:</source>
        <translation>Versión de Borg:</translation>
    </message>
    <message>
        <location filename="../../assets/UI/about_tab.ui" line="0" />
        <source>1.1.8</source>
        <translation>1.1.8</translation>
    </message>
    <message>
        <location filename="../../assets/UI/about_tab.ui" line="0" />
        <source>/usr/bin/borg</source>
        <translation>/usr/bin/borg</translation>
    </message>
    <message>
        <location filename="../../assets/UI/about_tab.ui" line="0" />
        <source>
             Vorta is a cross-platform, open-source client designed to simplify the management of Borg backups.

                      Copyright (C) 2018-2020 Manuel Riel and Vorta contributors (see CONTRIBUTORS.md)
            </source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../assets/UI/schedule_tab.ui" line="0" />
        <source>Schedule</source>
        <translation>Calendarización</translation>
    </message>
    <message>
        <location filename="../../assets/UI/schedule_tab.ui" line="0" />
        <source>Networks</source>
        <translation>Redes</translation>
    </message>
    <message>
        <location filename="../../assets/UI/schedule_tab.ui" line="0" />
        <source>Log</source>
        <translation>Registro</translation>
    </message>
    <message>
        <location filename="../../assets/UI/schedule_tab.ui" line="0" />
        <source>Shell Commands</source>
        <translation>Órdenes de terminal</translation>
    </message>
    <message>
        <location filename="../../assets/UI/archive_tab.ui" line="0" />
        <source>Archives</source>
        <translation>Instantáneas</translation>
    </message>
    <message>
        <location filename="../../assets/UI/archive_tab.ui" line="0" />
        <source>Refresh archive list</source>
        <translation>Actualizar lista de archivos</translation>
    </message>
    <message>
        <location filename="../../assets/UI/archive_tab.ui" line="0" />
        <source>Check the consistency of the repository</source>
        <translation>Verificar la consistencia del repositorio</translation>
    </message>
    <message>
        <location filename="../../assets/UI/archive_tab.ui" line="0" />
        <source>Check</source>
        <translation>Verificar</translation>
    </message>
    <message>
        <location filename="../../assets/UI/archive_tab.ui" line="0" />
        <source>Prune the archives in this repository</source>
        <translation>Limpiar las instantáneas de este repositorio</translation>
    </message>
    <message>
        <location filename="../../assets/UI/archive_tab.ui" line="0" />
        <source>Prune</source>
        <translation>Limpiar</translation>
    </message>
    <message>
        <location filename="../../assets/UI/archive_tab.ui" line="0" />
        <source>Optimize disk space by defragmenting the repository</source>
        <translation>Optimizar espacio en el disco al desfragmentar el repositorio</translation>
    </message>
    <message>
        <location filename="../../assets/UI/archive_tab.ui" line="0" />
        <source>Compact</source>
        <translation>Compactar</translation>
    </message>
    <message>
        <location filename="../../assets/UI/archive_tab.ui" line="0" />
        <source>Recalculate selected archive's size(s)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../assets/UI/archive_tab.ui" line="0" />
        <source>Recalculate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../assets/UI/archive_tab.ui" line="0" />
        <source>Compare two archives</source>
        <translation>Comparar dos instantáneas</translation>
    </message>
    <message>
        <location filename="../../assets/UI/archive_tab.ui" line="0" />
        <source>Diff</source>
        <translation>Comparar</translation>
    </message>
    <message>
        <location filename="../../assets/UI/archive_tab.ui" line="0" />
        <source>Extract selected archive</source>
        <translation>Extraer la instantánea seleccionada</translation>
    </message>
    <message>
        <location filename="../../assets/UI/archive_tab.ui" line="0" />
        <source>Extract…</source>
        <translation>Extraer...</translation>
    </message>
    <message>
        <location filename="../../assets/UI/archive_tab.ui" line="0" />
        <source>Rename selected archive</source>
        <translation>Renombrar instantánea seleccionada</translation>
    </message>
    <message>
        <location filename="../../assets/UI/archive_tab.ui" line="0" />
        <source>Rename…</source>
        <translation>Renombrar...</translation>
    </message>
    <message>
        <location filename="../../assets/UI/archive_tab.ui" line="0" />
        <source>Delete selected archive(s)</source>
        <translation>Borrar instantánea(s) seleccionada(s)</translation>
    </message>
    <message>
        <location filename="../../assets/UI/archive_tab.ui" line="0" />
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <location filename="../../assets/UI/archive_tab.ui" line="0" />
        <source>Prune Options and Archive Naming</source>
        <translation>Opciones de limpieza y nombrado de archivos</translation>
    </message>
    <message>
        <location filename="../../assets/UI/archive_tab.ui" line="0" />
        <source>Hourly:</source>
        <translation>Cada hora:</translation>
    </message>
    <message>
        <location filename="../../assets/UI/archive_tab.ui" line="0" />
        <location filename="../../assets/UI/archive_tab.ui" line="0" />
        <location filename="../../assets/UI/archive_tab.ui" line="0" />
        <location filename="../../assets/UI/archive_tab.ui" line="0" />
        <location filename="../../assets/UI/archive_tab.ui" line="0" />
        <source>Use -1 for unlimited</source>
        <translation>Para ilimitado utilice -1</translation>
    </message>
    <message>
        <location filename="../../assets/UI/archive_tab.ui" line="0" />
        <source>Daily:</source>
        <translation>Diario:</translation>
    </message>
    <message>
        <location filename="../../assets/UI/archive_tab.ui" line="0" />
        <source>Weekly:</source>
        <translation>Semanal:</translation>
    </message>
    <message>
        <location filename="../../assets/UI/archive_tab.ui" line="0" />
        <source>Monthly:</source>
        <translation>Mensual:</translation>
    </message>
    <message>
        <location filename="../../assets/UI/archive_tab.ui" line="0" />
        <source>Annual:</source>
        <translation>Anual:</translation>
    </message>
    <message>
        <location filename="../../assets/UI/archive_tab.ui" line="0" />
        <source>No matter what, keep all archives of the last:</source>
        <translation>Conservar todas las instantáneas durante un periodo de:</translation>
    </message>
    <message>
        <location filename="../../assets/UI/archive_tab.ui" line="0" />
        <source>“&lt;int&gt;&lt;char&gt;”, where char is “H”, “d”, “w”, “m”, “y”</source>
        <translation>“&lt;int&gt;&lt;char&gt;”, donde char es “H”, “d”, “w”, “m”, “y”</translation>
    </message>
    <message>
        <location filename="../../assets/UI/archive_tab.ui" line="0" />
        <source>24H, 1d, 52w, 12m, 1y</source>
        <translation>24H, 1d, 52w, 12m, 1y</translation>
    </message>
    <message>
        <location filename="../../assets/UI/archive_tab.ui" line="0" />
        <location filename="../../assets/UI/archive_tab.ui" line="0" />
        <source>Available variables: hostname, fqdn, profile_id, profile_slug, now, utc_now, user</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../assets/UI/archive_tab.ui" line="0" />
        <source>{hostname}-{profile_slug}-</source>
        <translation>{hostname}-{profile_slug}-</translation>
    </message>
    <message>
        <location filename="../../assets/UI/archive_tab.ui" line="0" />
        <source>Prune Prefix:</source>
        <translation>Prefijo de limpieza:</translation>
    </message>
    <message>
        <location filename="../../assets/UI/archive_tab.ui" line="0" />
        <source>{hostname}-{profile_slug}-{now:%Y-%m-%d-%H%M%S}</source>
        <translation>{hostname}-{profile_slug}-{now:%Y-%m-%d-%H%M%S}</translation>
    </message>
    <message>
        <location filename="../../assets/UI/archive_tab.ui" line="0" />
        <source>Archive Name:</source>
        <translation>Nombre de la instantánea:</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="vanished">Actualizar</translation>
    </message>
</context><context>
    <name>ImportWindow</name>
    <message>
        <location filename="../../views/dialogs/profile/import_window.py" line="25" />
        <source>Import Profile</source>
        <translation>Importar perfil</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/profile/import_window.py" line="33" />
        <source>Enter passphrase (already loaded from the export file)</source>
        <translation>Introduzca la contraseña (ya cargada desde el archivo exportado)</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/profile/import_window.py" line="40" />
        <source>Enter passphrase (already loaded from your keyring)</source>
        <translation>Introduzca la contraseña (ya cargada desde su gestor de claves)</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/profile/import_window.py" line="48" />
        <source>(Name is not used yet)</source>
        <translation>(El nombre no se ha usado todavía)</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/profile/import_window.py" line="55" />
        <source>Error while importing</source>
        <translation>Error al importar</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/profile/import_window.py" line="72" />
        <source>Schema upgrade failure, file a bug report with the link in the Settings tab with the following error: 
 {0} 
 {1}</source>
        <translation>Fallo al actualizar el esquema, rellene un informe de error con el enlace de la pestaña «Varios» con el siguiente error:
{0}
{1}</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/profile/import_window.py" line="80" />
        <source>Newer profile_export export files cannot be used on older versions.</source>
        <translation>Los archivos de perfil recientes no se pueden utilizar en versiones anteriores.</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/profile/import_window.py" line="85" />
        <source>Cannot read profile_export export file due to permission error.</source>
        <translation>No se puede leer el archivo de perfil exportado debido a un error de permisos.</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/profile/import_window.py" line="88" />
        <source>Profile export file not found.</source>
        <translation>No se ha podido encontrar un archivo de perfil exportado.</translation>
    </message>
    <message>
        <source>Schema upgrade failure, file a bug report with the link in the Settings tab with the following error:
 {0}
 {1}</source>
        <translation type="vanished">Fallo al actualizar el esquema, rellene un informe de error con el enlace de la pestaña «Varios» con el siguiente error:
{0}
{1}</translation>
    </message>
</context><context>
    <name>KWallet</name>
    <message>
        <location filename="../../keyring/kwallet.py" line="123" />
        <source>Create Wallet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../keyring/kwallet.py" line="124" />
        <source>Enter a name for the new wallet:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../keyring/kwallet.py" line="128" />
        <source>Could not determine a valid wallet name. Aborting unlock attempt.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../keyring/kwallet.py" line="140" />
        <source>Failed to open wallet. Aborting unlock attempt.</source>
        <translation type="unfinished" />
    </message>
</context><context>
    <name>LogPage</name>
    <message>
        <location filename="../../views/log_page.py" line="41" />
        <source>View the logs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../views/partials/event_log_table_model.py" line="27" />
        <source>Time</source>
        <translation>Tiempo</translation>
    </message>
    <message>
        <location filename="../../views/partials/event_log_table_model.py" line="28" />
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <location filename="../../views/partials/event_log_table_model.py" line="29" />
        <source>Subcommand</source>
        <translation>Suborden</translation>
    </message>
    <message>
        <location filename="../../views/partials/event_log_table_model.py" line="30" />
        <source>Repository</source>
        <translation>Repositorio</translation>
    </message>
    <message>
        <location filename="../../views/partials/event_log_table_model.py" line="31" />
        <source>Returncode</source>
        <translation>Código de error</translation>
    </message>
</context><context>
    <name>MainWindow</name>
    <message>
        <location filename="../../views/main_window.py" line="57" />
        <source>Start Backup</source>
        <translation>Iniciar respaldo</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="113" />
        <source>Create new profile</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../views/main_window.py" line="114" />
        <source>Import from file…</source>
        <translation>Importar desde archivo...</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="230" />
        <source>Are you sure you want to delete profile '{}'?</source>
        <translation>¿Seguro que desea eliminar el perfil '{}'?</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="233" />
        <source>Confirm deletion</source>
        <translation>Confirmar eliminación</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="246" />
        <source>Cannot delete the last profile.</source>
        <translation>No se puede eliminar el último perfil.</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="277" />
        <source>Profile import successful!</source>
        <translation>¡La importación del perfil ha sido exitosa!</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="278" />
        <source>Profile {} imported.</source>
        <translation>Perfil {} importado.</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="285" />
        <source>Load profile</source>
        <translation>Cargar perfil</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="287" />
        <source>JSON (*.json);;All files (*)</source>
        <translation>JSON (*.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="293" />
        <source>Failed to import profile</source>
        <translation>La importación del perfil ha fallado</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="347" />
        <source>Task cancelled</source>
        <translation>Tarea cancelada</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="363" />
        <source>Should Vorta continue to run in the background?</source>
        <translation>¿Continuar ejecutando Vorta en segundo plano?</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="373" />
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="374" />
        <source>Don't show this again</source>
        <translation>No mostrar de nuevo</translation>
    </message>
    <message>
        <location filename="../../assets/UI/main_window.ui" line="0" />
        <location filename="../../views/dialogs/profile/profile_add_edit.py" line="49" />
        <source>Settings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../assets/UI/main_window.ui" line="0" />
        <source>MainWindow</source>
        <translation>VentanaPrincipal</translation>
    </message>
    <message>
        <location filename="../../assets/UI/main_window.ui" line="0" />
        <source>Current Profile:</source>
        <translation>Perfil actual:</translation>
    </message>
    <message>
        <location filename="../../assets/UI/main_window.ui" line="0" />
        <source>Delete current profile</source>
        <translation>Borrar el perfil actual</translation>
    </message>
    <message>
        <location filename="../../assets/UI/main_window.ui" line="0" />
        <source>Rename current profile</source>
        <translation>Renombrar el perfil actual</translation>
    </message>
    <message>
        <location filename="../../assets/UI/main_window.ui" line="0" />
        <source>Export current profile</source>
        <translation>Exportar el perfil actual</translation>
    </message>
    <message>
        <location filename="../../assets/UI/main_window.ui" line="0" />
        <source> Settings / About</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../assets/UI/main_window.ui" line="0" />
        <source>About</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../assets/UI/main_window.ui" line="0" />
        <source>Repository</source>
        <translation>Repositorio</translation>
    </message>
    <message>
        <location filename="../../assets/UI/main_window.ui" line="0" />
        <source>Sources</source>
        <translation>Fuentes</translation>
    </message>
    <message>
        <location filename="../../assets/UI/main_window.ui" line="0" />
        <source>Schedule</source>
        <translation>Calendarización</translation>
    </message>
    <message>
        <location filename="../../assets/UI/main_window.ui" line="0" />
        <source>Archives</source>
        <translation>Instantáneas</translation>
    </message>
    <message>
        <location filename="../../assets/UI/main_window.ui" line="0" />
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../assets/UI/main_window.ui" line="0" />
        <source>Latest</source>
        <translation>Más reciente</translation>
    </message>
    <message>
        <location filename="../../assets/UI/main_window.ui" line="0" />
        <source>Reset App</source>
        <translation>Restablecer aplicación</translation>
    </message>
    <message>
        <source>Misc</source>
        <translation type="vanished">Miscelánea</translation>
    </message>
</context><context>
    <name>NetworksPage</name>
    <message>
        <location filename="../../assets/UI/networks_page.ui" line="0" />
        <source>Networks</source>
        <translation>Redes</translation>
    </message>
    <message>
        <location filename="../../assets/UI/networks_page.ui" line="0" />
        <source>Allowed Networks:</source>
        <translation>Redes autorizadas:</translation>
    </message>
    <message>
        <location filename="../../assets/UI/networks_page.ui" line="0" />
        <source>Select All</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../assets/UI/networks_page.ui" line="0" />
        <source>Select None</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../assets/UI/networks_page.ui" line="0" />
        <source>Run backups over metered networks</source>
        <translation>Ejecutar respaldos en redes limitadas</translation>
    </message>
</context><context>
    <name>PasswordInput</name>
    <message>
        <location filename="../../views/partials/password_input.py" line="145" />
        <source>Passwords must be identical and at least {0} characters long.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../views/partials/password_input.py" line="151" />
        <source>Passwords must be identical.</source>
        <translation>Las contraseñas deben ser idénticas.</translation>
    </message>
    <message>
        <location filename="../../views/partials/password_input.py" line="155" />
        <source>Passwords must be at least {0} characters long.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../views/partials/password_input.py" line="87" />
        <source>Enter passphrase:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../views/partials/password_input.py" line="88" />
        <source>Confirm passphrase:</source>
        <translation>Confirmar contraseña:</translation>
    </message>
    <message>
        <location filename="../../views/partials/password_input.py" line="91" />
        <source>Enter new encryption passphrase</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../views/partials/password_input.py" line="92" />
        <source>Confirm new encryption passphrase</source>
        <translation type="unfinished" />
    </message>
</context><context>
    <name>PasswordLineEdit</name>
    <message>
        <location filename="../../views/partials/password_input.py" line="56" />
        <location filename="../../views/partials/password_input.py" line="26" />
        <source>Show password</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../views/partials/password_input.py" line="52" />
        <source>Hide password</source>
        <translation type="unfinished" />
    </message>
</context><context>
    <name>RawExclusionsHelp</name>
    <message>
        <location filename="../../views/dialogs/archive/exclude.py" line="112" />
        <source>You can use this field to add multiple patterns at once. Each pattern should be on a separate line.</source>
        <translation type="unfinished" />
    </message>
</context><context>
    <name>RepoCheckJob</name>
    <message>
        <location filename="../../borg/check.py" line="30" />
        <source>Repo check failed. See the %1 for details.</source>
        <translation>La verificación del repositorio ha fallado. Consulte los %1 para más detalles.</translation>
    </message>
    <message>
        <location filename="../../borg/change_passphrase.py" line="33" />
        <source>Passphrase change failed. See the %1 for details.</source>
        <translation type="unfinished" />
    </message>
</context><context>
    <name>RepoTab</name>
    <message>
        <location filename="../../views/repo_tab.py" line="41" />
        <source>New Repository…</source>
        <translation>Nuevo repositorio...</translation>
    </message>
    <message>
        <location filename="../../views/repo_tab.py" line="42" />
        <source>Existing Repository…</source>
        <translation>Repositorio existente...</translation>
    </message>
    <message>
        <location filename="../../views/repo_tab.py" line="49" />
        <source>Unlink Repository…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../views/repo_tab.py" line="52" />
        <source>Change Passphrase…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../views/repo_tab.py" line="63" />
        <source>LZ4 (modern, default)</source>
        <translation>LZ4 (moderna, predeterminada)</translation>
    </message>
    <message>
        <location filename="../../views/repo_tab.py" line="64" />
        <source>Zstandard Level 3 (modern)</source>
        <translation>Zstandard Nivel 3 (moderna)</translation>
    </message>
    <message>
        <location filename="../../views/repo_tab.py" line="65" />
        <source>Zstandard Level 8 (modern)</source>
        <translation>Zstandard Nivel 8 (moderna)</translation>
    </message>
    <message>
        <location filename="../../views/repo_tab.py" line="71" />
        <source>ZLIB Level 6 (auto, legacy)</source>
        <translation>ZLIB Nivel 6 (auto, antigua)</translation>
    </message>
    <message>
        <location filename="../../views/repo_tab.py" line="72" />
        <source>LZMA Level 6 (auto, legacy)</source>
        <translation>LZMA Nivel 6 (auto, antigua)</translation>
    </message>
    <message>
        <location filename="../../views/repo_tab.py" line="73" />
        <source>No Compression</source>
        <translation>Sin compresión</translation>
    </message>
    <message>
        <location filename="../../views/repo_tab.py" line="115" />
        <source>No repository selected</source>
        <translation>Ningún repositorio seleccionado</translation>
    </message>
    <message>
        <location filename="../../views/repo_tab.py" line="145" />
        <source>N/A</source>
        <comment>Not available.</comment>
        <translation>No disponible.</translation>
    </message>
    <message>
        <location filename="../../views/repo_tab.py" line="146" />
        <source>Select a repository first.</source>
        <translation>Seleccione un repositorio primero.</translation>
    </message>
    <message>
        <location filename="../../views/repo_tab.py" line="147" />
        <source>Try refreshing the metadata of any archive.</source>
        <translation>Intentar actualizar los metadatos de cualquier instantánea.</translation>
    </message>
    <message>
        <location filename="../../views/repo_tab.py" line="211" />
        <source>Automatically choose SSH Key (default)</source>
        <translation>Seleccionar llave SSH automáticamente (predeterminado)</translation>
    </message>
    <message>
        <location filename="../../views/repo_tab.py" line="254" />
        <source>Public Key Copied to Clipboard</source>
        <translation>Llave pública copiada al portapapeles</translation>
    </message>
    <message>
        <location filename="../../views/repo_tab.py" line="256" />
        <source>The selected public SSH key was copied to the clipboard. Use it to set up remote repo permissions.</source>
        <translation>La llave pública SSH seleccionada se ha copiado al portapapeles. Utilícela para configurar los permisos en el repositorio remoto.</translation>
    </message>
    <message>
        <location filename="../../views/repo_tab.py" line="262" />
        <source>Could not find public key.</source>
        <translation>No se ha podido encontrar una llave pública.</translation>
    </message>
    <message>
        <location filename="../../views/repo_tab.py" line="264" />
        <source>Select a public key from the dropdown first.</source>
        <translation>Seleccione una llave pública desde la lista primero.</translation>
    </message>
    <message>
        <location filename="../../views/repo_tab.py" line="334" />
        <source>Repository was Unlinked</source>
        <translation>El repositorio ha sido desvinculado</translation>
    </message>
    <message>
        <location filename="../../views/repo_tab.py" line="335" />
        <source>You can always connect it again later.</source>
        <translation>Siempre puede conectarlo de nuevo después.</translation>
    </message>
    <message>
        <location filename="../../views/repo_tab.py" line="337" />
        <source>Repository was Detached</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../views/repo_tab.py" line="338" />
        <source>The repository remains available for other profiles.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../views/repo_tab.py" line="370" />
        <source>Invalid Encryption Type</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../views/repo_tab.py" line="371" />
        <source>Unable to change the repository passphrase. Encryption type must be repokey.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../views/repo_tab.py" line="390" />
        <source>Passphrase Changed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../views/repo_tab.py" line="391" />
        <source>The borg passphrase was successfully changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../views/repo_tab.py" line="394" />
        <source>Passphrase Change Failed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../views/repo_tab.py" line="395" />
        <source>Unable to change the repository passphrase. Please try again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>N/A</source>
        <translation type="vanished">No disponible.</translation>
    </message>
</context><context>
    <name>RepoWindow</name>
    <message>
        <location filename="../../views/dialogs/repo/repo_add.py" line="57" />
        <location filename="../../views/dialogs/repo/repo_add.py" line="38" />
        <source>Add</source>
        <translation>Agregar</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/repo/repo_add.py" line="71" />
        <source>Repository Path:</source>
        <translation>Ruta del repositorio:</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/repo/repo_add.py" line="74" />
        <source>Choose Location of Borg Repository</source>
        <translation>Seleccione la ubicación del repositorio Borg</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/repo/repo_add.py" line="83" />
        <source>Repository URL:</source>
        <translation>URL del repositorio:</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/repo/repo_add.py" line="96" />
        <source>Unable to add your repository.</source>
        <translation>No se ha podido añadir su repositorio.</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/repo/repo_add.py" line="106" />
        <source>Please enter a valid repo URL or select a local path.</source>
        <translation>Por favor, introduzca una URL válida para el repositorio o seleccione una ruta local.</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/repo/repo_add.py" line="110" />
        <source>Repository name must be less than 65 characters.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../views/dialogs/repo/repo_add.py" line="114" />
        <source>This repo has already been added.</source>
        <translation>Este repositorio ya se ha añadido.</translation>
    </message>
</context><context>
    <name>SSHAddWindow</name>
    <message>
        <location filename="../../views/dialogs/repo/ssh.py" line="50" />
        <location filename="../../views/dialogs/repo/ssh.py" line="33" />
        <source>Generate and copy to clipboard</source>
        <translation>Generar y copiar al portapapeles</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/repo/ssh.py" line="65" />
        <source>ED25519 (Recommended)</source>
        <translation>ED25519 (Recomendado)</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/repo/ssh.py" line="66" />
        <source>RSA (Legacy)</source>
        <translation>RSA (Antiguo)</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/repo/ssh.py" line="67" />
        <source>ECDSA</source>
        <translation>ECDSA</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/repo/ssh.py" line="76" />
        <source>High (Recommended)</source>
        <translation>Alto (Recomendado)</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/repo/ssh.py" line="77" />
        <source>Medium</source>
        <translation>Medio</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/repo/ssh.py" line="90" />
        <source>Key file already exists. Not overwriting.</source>
        <translation>La llave ya existe. No se ha sobrescrito.</translation>
    </message>
    <message>
        <source>Error during key generation.</source>
        <translation type="vanished">Ha habido un error al generar la llave.</translation>
    </message>
</context><context>
    <name>SchedulePage</name>
    <message>
        <location filename="../../views/schedule_page.py" line="29" />
        <source>Minutes</source>
        <translation>Minutos</translation>
    </message>
    <message>
        <location filename="../../views/schedule_page.py" line="30" />
        <source>Hours</source>
        <translation>Horas</translation>
    </message>
    <message>
        <location filename="../../views/schedule_page.py" line="31" />
        <source>Days</source>
        <translation>Días </translation>
    </message>
    <message>
        <location filename="../../views/schedule_page.py" line="32" />
        <source>Weeks</source>
        <translation>Semanas</translation>
    </message>
    <message>
        <location filename="../../views/schedule_page.py" line="119" />
        <source>Run a manual backup first</source>
        <translation>Ejecute un respaldo manual primero</translation>
    </message>
    <message>
        <location filename="../../assets/UI/schedule_page.ui" line="0" />
        <location filename="../../views/schedule_page.py" line="121" />
        <source>None scheduled</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../assets/UI/schedule_page.ui" line="0" />
        <source>Schedule</source>
        <translation>Calendarización</translation>
    </message>
    <message>
        <location filename="../../assets/UI/schedule_page.ui" line="0" />
        <source>Backup schedule:</source>
        <translation>Calendarización de respaldos:</translation>
    </message>
    <message>
        <location filename="../../assets/UI/schedule_page.ui" line="0" />
        <source>Manual only</source>
        <translation>Solo manual</translation>
    </message>
    <message>
        <location filename="../../assets/UI/schedule_page.ui" line="0" />
        <source>Backup periodically</source>
        <translation>Respaldar periódicamente</translation>
    </message>
    <message>
        <location filename="../../assets/UI/schedule_page.ui" line="0" />
        <location filename="../../assets/UI/schedule_page.ui" line="0" />
        <location filename="../../assets/UI/schedule_page.ui" line="0" />
        <source>Interval:</source>
        <translation>Intervalo:</translation>
    </message>
    <message>
        <location filename="../../assets/UI/schedule_page.ui" line="0" />
        <source>Backup daily</source>
        <translation>Respaldar diariamente:</translation>
    </message>
    <message>
        <location filename="../../assets/UI/schedule_page.ui" line="0" />
        <source>Time:</source>
        <translation>Hora:</translation>
    </message>
    <message>
        <location filename="../../assets/UI/schedule_page.ui" line="0" />
        <source>Missed backups:</source>
        <translation>Respaldos omitidos:</translation>
    </message>
    <message>
        <location filename="../../assets/UI/schedule_page.ui" line="0" />
        <source>Run missed backups on startup or wakeup</source>
        <translation>Ejecutar respaldos omitidos al inicio o tras la suspensión.</translation>
    </message>
    <message>
        <location filename="../../assets/UI/schedule_page.ui" line="0" />
        <source>Autopruning:</source>
        <translation>Autolimpieza:</translation>
    </message>
    <message>
        <location filename="../../assets/UI/schedule_page.ui" line="0" />
        <source>Prune after each backup</source>
        <translation>Limpiar después de cada respaldo</translation>
    </message>
    <message>
        <location filename="../../assets/UI/schedule_page.ui" line="0" />
        <source>Validation:</source>
        <translation>Validación:</translation>
    </message>
    <message>
        <location filename="../../assets/UI/schedule_page.ui" line="0" />
        <source>Validate repository data</source>
        <translation>Validar datos del repositorio</translation>
    </message>
    <message>
        <location filename="../../assets/UI/schedule_page.ui" line="0" />
        <location filename="../../assets/UI/schedule_page.ui" line="0" />
        <source>weeks</source>
        <translation>semanas</translation>
    </message>
    <message>
        <location filename="../../assets/UI/schedule_page.ui" line="0" />
        <source>Compaction:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../assets/UI/schedule_page.ui" line="0" />
        <source>Compact repository</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../assets/UI/schedule_page.ui" line="0" />
        <source>Next Backup:</source>
        <translation>Próximo respaldo:</translation>
    </message>
</context><context>
    <name>ShellCommandsPage</name>
    <message>
        <location filename="../../views/shell_commands_page.py" line="31" />
        <source>Run custom shell commands before and after each backup. The actual backup and post-backup command will only run, if the pre-backup command exits without error (return code 0). Available variables: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../views/shell_commands_page.py" line="43" />
        <source>Extra arguments for %1. Possible options are listed in %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../views/shell_commands_page.py" line="47" />
        <source>the borg documentation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../assets/UI/shell_commands_page.ui" line="0" />
        <source>Shell Commands</source>
        <translation>Órdenes de terminal</translation>
    </message>
    <message>
        <location filename="../../assets/UI/shell_commands_page.ui" line="0" />
        <source>Pre-backup:</source>
        <translation>Prerespaldo:</translation>
    </message>
    <message>
        <location filename="../../assets/UI/shell_commands_page.ui" line="0" />
        <source>echo "Before backup of $repo_url"</source>
        <translation>echo "Antes de respaldar $repo_url"</translation>
    </message>
    <message>
        <location filename="../../assets/UI/shell_commands_page.ui" line="0" />
        <source>Post-backup:</source>
        <translation>Posrespaldo:</translation>
    </message>
    <message>
        <location filename="../../assets/UI/shell_commands_page.ui" line="0" />
        <source>echo "Backup of $repo_url ended with $returncode."</source>
        <translation>echo "El respado de $repo_url terminó con $returncode."</translation>
    </message>
    <message>
        <location filename="../../assets/UI/shell_commands_page.ui" line="0" />
        <source>--dry-run --noflags</source>
        <translation>--dry-run --noflags</translation>
    </message>
</context><context>
    <name>SourceTab</name>
    <message>
        <location filename="../../views/source_tab.py" line="94" />
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <location filename="../../views/source_tab.py" line="97" />
        <source>Remove</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <location filename="../../views/source_tab.py" line="251" />
        <source>Total Size: {size}, {count} files</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../views/partials/source_files_table_model.py" line="34" />
        <source>Calculating…</source>
        <translation>Calculando...</translation>
    </message>
    <message>
        <source>Folders</source>
        <translation type="vanished">Carpetas</translation>
    </message>
    <message>
        <source>Some of your sources are invalid:</source>
        <translation type="vanished">Algunas de las fuentes establecidas son inválidas:</translation>
    </message>
</context><context>
    <name>TrayMenu</name>
    <message>
        <location filename="../../tray_menu.py" line="49" />
        <source>Vorta for Borg Backup</source>
        <translation>Abrir ventana principal de Vorta</translation>
    </message>
    <message>
        <location filename="../../tray_menu.py" line="59" />
        <source>Task in progress</source>
        <translation>Tarea en progreso</translation>
    </message>
    <message>
        <location filename="../../tray_menu.py" line="60" />
        <source>Cancel Backup</source>
        <translation>Cancelar respaldo</translation>
    </message>
    <message>
        <location filename="../../tray_menu.py" line="63" />
        <source>Next Task: %s</source>
        <translation>Siguiente tarea: %s</translation>
    </message>
    <message>
        <location filename="../../tray_menu.py" line="72" />
        <location filename="../../tray_menu.py" line="66" />
        <source>Backup Now</source>
        <translation>Respaldar ahora</translation>
    </message>
    <message>
        <location filename="../../tray_menu.py" line="77" />
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
</context><context>
    <name>VortaApp</name>
    <message>
        <location filename="../../application.py" line="350" />
        <source>Borg exited with warning status (rc 1). See the %1 for details.</source>
        <translation>Borg ha terminado con una advertencia (rc1). Consulte los %1 para más detalles.</translation>
    </message>
    <message>
        <location filename="../../application.py" line="130" />
        <source>Vorta Backup</source>
        <translation>Respaldo Vorta</translation>
    </message>
    <message>
        <location filename="../../application.py" line="193" />
        <source>No Borg Binary Found</source>
        <translation>No se ha encontrado ningún binario de Borg</translation>
    </message>
    <message>
        <location filename="../../application.py" line="194" />
        <source>Vorta was unable to locate a usable Borg Backup binary.</source>
        <translation>Vorta no ha podido encontrar un archivo binario de Borg.</translation>
    </message>
    <message>
        <location filename="../../application.py" line="216" />
        <source>Vorta needs Full Disk Access for complete Backups</source>
        <translation>Vorta necesita un acceso completo al disco para realizar respaldos completos</translation>
    </message>
    <message>
        <location filename="../../application.py" line="217" />
        <source>Without this, some files will not be accessible and you may end up with an incomplete backup. Please set %1 permission for Vorta in %2.</source>
        <translation>Sin eso, algunos archivos no serán accesibles y el respaldo estará incompleto. Por favor, establezca permisos de %1 para Vorta en %2.</translation>
    </message>
    <message>
        <location filename="../../application.py" line="223" />
        <source>Full Disk Access</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../application.py" line="226" />
        <source>System Preferences &gt; Security &amp; Privacy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../application.py" line="244" />
        <source>Repository In Use</source>
        <translation>El repositorio está en uso.</translation>
    </message>
    <message>
        <location filename="../../application.py" line="246" />
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../application.py" line="247" />
        <source>Break the lock</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../application.py" line="251" />
        <source>Only break the lock if you are certain no other Borg process on any machine is accessing the repository. Cancel or break the lock?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../application.py" line="267" />
        <source>No Repository Permissions</source>
        <translation>Sin permisos en el repositorio</translation>
    </message>
    <message>
        <location filename="../../application.py" line="297" />
        <source>Failed to import profile</source>
        <translation>No se ha podido importar el perfil</translation>
    </message>
    <message>
        <location filename="../../application.py" line="299" />
        <source>Failed to import a profile from {}:</source>
        <translation>No se ha podido importar el perfil desde {}:</translation>
    </message>
    <message>
        <location filename="../../application.py" line="303" />
        <source>Consider removing or repairing this file to get rid of this message.</source>
        <translation>Considere eliminar o reparar este archivo para deshacerse de este mensaje.</translation>
    </message>
    <message>
        <location filename="../../application.py" line="310" />
        <source>Profile import successful!</source>
        <translation>¡La importación de perfil ha sido exitosa!</translation>
    </message>
    <message>
        <location filename="../../application.py" line="311" />
        <source>Profile {} imported.</source>
        <translation>Perfil {} importado.</translation>
    </message>
    <message>
        <location filename="../../application.py" line="344" />
        <source>Repo Check Failed</source>
        <translation>No se ha podido verificar el repositorio</translation>
    </message>
    <message>
        <location filename="../../application.py" line="357" />
        <source>Repository data check for repo was killed by signal %s.</source>
        <translation>La verificación de datos en el repositorio ha terminado por la señal %s.</translation>
    </message>
    <message>
        <location filename="../../application.py" line="358" />
        <source>The process running the check job got a kill signal. Try again.</source>
        <translation>El proceso que ejecuta la verificación ha recibido una señal de terminación. Inténtelo de nuevo.</translation>
    </message>
    <message>
        <location filename="../../application.py" line="361" />
        <source>Repository data check for repo %s failed. Error code %s</source>
        <translation>La verificación de datos del repositorio %s ha fallado. Código de error %s</translation>
    </message>
    <message>
        <location filename="../../application.py" line="366" />
        <source>Consider repairing or recreating the repository soon to avoid missing data.</source>
        <translation>Considere reparar o recrear el repositorio lo antes posible para evitar una pérdida de datos.</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation type="vanished">Abortar</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation type="vanished">Continuar</translation>
    </message>
    <message>
        <source>The repository at {repo_url} might be in use elsewhere.</source>
        <translation type="vanished">El repositorio localizado en {repo_url} tal vez esté en uso en otro lado.</translation>
    </message>
    <message>
        <source>Only break the lock if you are certain no other Borg process on any machine is accessing the repository. Abort or break the lock?</source>
        <translation type="vanished">Rompa el bloqueo únicamente si está seguro de que ningún otro proceso de Borg en otra máquina está accediendo al repositorio. ¿Abortar o romper el bloqueo?</translation>
    </message>
    <message>
        <source>You do not have permission to access the repository at {repo_url}. Gain access and try again.</source>
        <translation type="vanished">No tiene permiso para acceder al repositorio en {repo_url}. Obtenga acceso y vuelva a intentarlo.</translation>
    </message>
</context><context>
    <name>VortaFileDialog</name>
    <message>
        <location filename="../../filedialog.py" line="36" />
        <source>Show hidden files</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../filedialog.py" line="117" />
        <location filename="../../filedialog.py" line="103" />
        <source>Permission Denied</source>
        <translation type="unfinished" />
    </message>
</context><context>
    <name>VortaScheduler</name>
    <message>
        <location filename="../../scheduler.py" line="438" />
        <source>None scheduled</source>
        <translation>Nada calendarizado</translation>
    </message>
    <message>
        <location filename="../../scheduler.py" line="622" />
        <location filename="../../scheduler.py" line="552" />
        <location filename="../../scheduler.py" line="541" />
        <location filename="../../scheduler.py" line="523" />
        <location filename="../../scheduler.py" line="504" />
        <source>Vorta Backup</source>
        <translation>Respaldo de Vorta</translation>
    </message>
    <message>
        <location filename="../../scheduler.py" line="505" />
        <source>Starting background backup for %s.</source>
        <translation>Iniciando el respaldo en segundo plano para %s.</translation>
    </message>
    <message>
        <location filename="../../scheduler.py" line="542" />
        <source>Backup successful for %s.</source>
        <translation>El respaldo para %s ha sido exitoso.</translation>
    </message>
    <message>
        <location filename="../../scheduler.py" line="553" />
        <source>Error during backup creation for %s.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Error during backup creation.</source>
        <translation type="vanished">Ha habido un error durante la creación del respaldo.</translation>
    </message>
</context><context>
    <name>messages</name>
    <message>
        <location filename="../../application.py" line="120" />
        <source>Running Pre-backup Command...</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../borg/change_passphrase.py" line="31" />
        <location filename="../../borg/compact.py" line="30" />
        <location filename="../../borg/create.py" line="44" />
        <location filename="../../borg/check.py" line="28" />
        <location filename="../../application.py" line="351" />
        <source>logs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../borg/umount.py" line="29" />
        <source>No active Borg mounts found.</source>
        <translation>No se han encontrado puntos de montaje de Borg activos.</translation>
    </message>
    <message>
        <location filename="../../borg/umount.py" line="32" />
        <source>Mount point not active.</source>
        <translation>Punto de montaje inactivo.</translation>
    </message>
    <message>
        <location filename="../../borg/version.py" line="21" />
        <location filename="../../borg/borg_job.py" line="144" />
        <source>Borg binary was not found.</source>
        <translation>No se ha encontrado el archivo binario de Borg.</translation>
    </message>
    <message>
        <location filename="../../borg/borg_job.py" line="148" />
        <source>Select a backup repository first.</source>
        <translation>Seleccione un repositorio de respaldo primero.</translation>
    </message>
    <message>
        <location filename="../../borg/borg_job.py" line="152" />
        <source>Your Borg version is too old. &gt;=1.1.0 is required.</source>
        <translation>Su versión de Borg es demasiado antigua. Se requiere una igual o superior a la 1.1.0.</translation>
    </message>
    <message>
        <location filename="../../borg/borg_job.py" line="163" />
        <source>Please unlock your system password manager or disable it under Settings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../borg/borg_job.py" line="183" />
        <source>Your repo passphrase was stored in a password manager which is no longer available.
Try unlinking and re-adding your repo.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../borg/create.py" line="112" />
        <source>Add some folders to back up first.</source>
        <translation>Añada algunas carpetas que respaldar primero.</translation>
    </message>
    <message>
        <location filename="../../borg/create.py" line="124" />
        <source>Current Wifi is not allowed.</source>
        <translation>La conexión Wifi actual no está permitida.</translation>
    </message>
    <message>
        <location filename="../../borg/create.py" line="133" />
        <source>Not running backup over metered connection.</source>
        <translation>No se puede ejecutar el respaldo a través de una conexión limitada.</translation>
    </message>
    <message>
        <location filename="../../borg/create.py" line="142" />
        <source>Pre-backup command returned non-zero exit code.</source>
        <translation>La orden previa al respaldo devolvió un código de salida distinto de cero.</translation>
    </message>
    <message>
        <location filename="../../borg/create.py" line="146" />
        <source>Repo folder not mounted or moved.</source>
        <translation>La carpeta del repositorio no está montada o ha cambiado de lugar.</translation>
    </message>
    <message>
        <location filename="../../borg/create.py" line="150" />
        <source>Your current Borg version does not support ZStd compression.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../borg/create.py" line="216" />
        <source>Starting backup…</source>
        <translation>Iniciando respaldo...</translation>
    </message>
    <message>
        <location filename="../../borg/info_repo.py" line="48" />
        <source>Please unlock your password manager.</source>
        <translation>Por favor, desbloquee su administrador de contraseñas.</translation>
    </message>
</context><context>
    <name>settings</name>
    <message>
        <location filename="../../store/settings.py" line="24" />
        <source>Notifications</source>
        <translation>Notificaciones</translation>
    </message>
    <message>
        <location filename="../../store/settings.py" line="25" />
        <source>Startup</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <location filename="../../store/settings.py" line="26" />
        <source>Information</source>
        <translation>Información</translation>
    </message>
    <message>
        <location filename="../../store/settings.py" line="27" />
        <source>Security</source>
        <translation>Seguridad</translation>
    </message>
    <message>
        <location filename="../../store/settings.py" line="28" />
        <source>Updates</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../store/settings.py" line="37" />
        <source>Display notifications when background tasks fail</source>
        <translation>Mostrar una notificación cuando fallen las tareas en el segundo plano.</translation>
    </message>
    <message>
        <location filename="../../store/settings.py" line="44" />
        <source>Notify about successful background tasks</source>
        <translation>Notificar tareas exitosas que se ejecutan en segundo plano.</translation>
    </message>
    <message>
        <location filename="../../store/settings.py" line="51" />
        <source>Automatically start Vorta at login</source>
        <translation>Iniciar Vorta automáticamente al iniciar sesión.</translation>
    </message>
    <message>
        <location filename="../../store/settings.py" line="52" />
        <source>Add Vorta to the systems autostart list</source>
        <translation>Añadir Vorta a la lista de programas que arrancan al inicio de la sesión.</translation>
    </message>
    <message>
        <location filename="../../store/settings.py" line="59" />
        <source>Show main window of Vorta on launch</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../store/settings.py" line="60" />
        <source>Make Vorta appear on screen instead of minimizing to system tray</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../store/settings.py" line="70" />
        <source>Get statistics of file/folder when added</source>
        <translation>Obtener estadísticas del archivo o de la carpeta cuando se añaden</translation>
    </message>
    <message>
        <location filename="../../store/settings.py" line="71" />
        <source>When adding a new source, calculate its size and the number of files.</source>
        <translation>Al añadir una nueva fuente, calcular el tamaño y su número de archivos.</translation>
    </message>
    <message>
        <location filename="../../store/settings.py" line="80" />
        <source>Use the same unit of measurement for archive sizes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../store/settings.py" line="81" />
        <source>When enabled, all archive sizes will use the same unit of measurement, such as  KB or MB. This can make archive sizes easier to compare.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../store/settings.py" line="92" />
        <source>Store repository passwords in system keychain, if available</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../store/settings.py" line="93" />
        <source>Otherwise Vorta's configuration database stores the password in plaintext.</source>
        <translation>De lo contrario, la base de datos de configuración de Vorta almacena la contraseña en texto sin formato.</translation>
    </message>
    <message>
        <location filename="../../store/settings.py" line="102" />
        <source>Try to replace file permissions when mounting an archive</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../store/settings.py" line="106" />
        <source>Set owner to current user and umask to 0277</source>
        <translation>Establecer como propietario al usuario actual y conceder permisos de lectura al grupo</translation>
    </message>
    <message>
        <location filename="../../store/settings.py" line="158" />
        <source>Check for updates on startup</source>
        <translation>Comprobar actualizaciones al inicio</translation>
    </message>
    <message>
        <location filename="../../store/settings.py" line="159" />
        <source>Uses Sparkle to find new updates published on Github.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../store/settings.py" line="166" />
        <source>Include pre-release versions when checking for updates</source>
        <translation>Incluir versiones beta al buscar actualizaciones</translation>
    </message>
    <message>
        <location filename="../../store/settings.py" line="167" />
        <source>Needs Vorta restart to apply.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../store/settings.py" line="174" />
        <source>Check for Full Disk Access on startup</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../store/settings.py" line="178" />
        <source>Alerts user when full disk access permission has not been provided</source>
        <translation>Alerta al usuario cuando no se ha concedido permiso de acceso completo al disco.</translation>
    </message>
    <message>
        <location filename="../../store/settings.py" line="189" />
        <source>If the system tray isn't available, ask whether to continue in the background on exit</source>
        <translation type="unfinished" />
    </message>
</context><context>
    <name>utils</name>
    <message>
        <location filename="../../keyring/abc.py" line="42" />
        <source>Storing password in your password manager.</source>
        <translation>Almacenar contraseñas en su gestor de contraseñas.</translation>
    </message>
    <message>
        <location filename="../../keyring/abc.py" line="44" />
        <source>Saving password with Vorta settings.</source>
        <translation>Guardar contraseñas con los ajustes de Vorta.</translation>
    </message>
</context></TS>
