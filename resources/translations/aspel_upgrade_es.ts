<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_MX" sourcelanguage="es_MX">
<context>
    <name></name>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/crash.py" line="9"/>
        <source>Ocurrió un error inesperado</source>
        <translation>Ocurrió un error inesperado</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/crash.py" line="13"/>
        <source>Algo salió mal en el asistente. Lo que ya hiciste no se perdió: puedes seguir o volver a intentarlo.</source>
        <translation>Algo salió mal en el asistente. Lo que ya hiciste no se perdió: puedes seguir o volver a intentarlo.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/crash.py" line="19"/>
        <source>Si se repite, pulsa «{button}», copia el reporte y envíalo a soporte.</source>
        <translation>Si se repite, pulsa «{button}», copia el reporte y envíalo a soporte.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/crash.py" line="26"/>
        <source>Mostrar los detalles</source>
        <translation>Mostrar los detalles</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/deadline.py" line="13"/>
        <source>mensual</source>
        <translation>mensual</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/deadline.py" line="13"/>
        <source>semestral</source>
        <translation>semestral</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/deadline.py" line="13"/>
        <source>anual</source>
        <translation>anual</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/deadline.py" line="14"/>
        <source>pago único</source>
        <translation>pago único</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/subscriptions.py" line="113"/>
        <source>Actualizar a {version}</source>
        <translation>Actualizar a {version}</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/subscriptions.py" line="115"/>
        <source>Licencia: requiere compra</source>
        <translation>Licencia: requiere compra</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/subscriptions.py" line="116"/>
        <source>Inactivo</source>
        <translation>Inactivo</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/subscriptions.py" line="117"/>
        <source>Pago pendiente</source>
        <translation>Pago pendiente</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/subscriptions.py" line="118"/>
        <source>Ya actualizado a {version}</source>
        <translation>Ya actualizado a {version}</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/subscriptions.py" line="119"/>
        <source>Versión más reciente</source>
        <translation>Versión más reciente</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/subscriptions.py" line="121"/>
        <source>No disponible</source>
        <translation>No disponible</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/deadline.py" line="26"/>
        <source>Ya pasó la fecha: {old} podía usarse hasta el {date}. El sistema dejará de funcionar en cualquier momento, si no lo ha hecho ya: activa la nueva versión cuanto antes.</source>
        <translation>Ya pasó la fecha: {old} podía usarse hasta el {date}. El sistema dejará de funcionar en cualquier momento, si no lo ha hecho ya: activa la nueva versión cuanto antes.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/deadline.py" line="32"/>
        <source>Ya pasó la fecha: {old} podía usarse hasta el {date}. El sistema dejará de funcionar en cualquier momento, si no lo ha hecho ya: instala y activa la nueva versión cuanto antes.</source>
        <translation>Ya pasó la fecha: {old} podía usarse hasta el {date}. El sistema dejará de funcionar en cualquier momento, si no lo ha hecho ya: instala y activa la nueva versión cuanto antes.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/deadline.py" line="38"/>
        <source>Hoy, {date}, es el último día para usar {old}; después, el sistema quedará inactivo.</source>
        <translation>Hoy, {date}, es el último día para usar {old}; después, el sistema quedará inactivo.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/deadline.py" line="42"/>
        <source>Te queda 1 día: podrás seguir usando {old} hasta el {date}; después, el sistema quedará inactivo.</source>
        <translation>Te queda 1 día: podrás seguir usando {old} hasta el {date}; después, el sistema quedará inactivo.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/deadline.py" line="47"/>
        <source>Te quedan {days} días: podrás seguir usando {old} hasta el {date}; después, el sistema quedará inactivo.</source>
        <translation>Te quedan {days} días: podrás seguir usando {old} hasta el {date}; después, el sistema quedará inactivo.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/deadline.py" line="56"/>
        <source>{old} funciona hasta el {date}; después, el sistema quedará inactivo.</source>
        <translation>{old} funciona hasta el {date}; después, el sistema quedará inactivo.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/deadline.py" line="67"/>
        <source>{old} podía usarse hasta el {date}: activa la nueva versión cuanto antes.</source>
        <translation>{old} podía usarse hasta el {date}: activa la nueva versión cuanto antes.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/deadline.py" line="70"/>
        <source>{old} podía usarse hasta el {date}: instala y activa la nueva versión cuanto antes.</source>
        <translation>{old} podía usarse hasta el {date}: instala y activa la nueva versión cuanto antes.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/errors.py" line="23"/>
        <source>No se encontró la dirección del portal de Aspel. Revisa tu conexión a internet; si usas un proxy o una red de oficina, pide ayuda a tu área de sistemas.</source>
        <translation>No se encontró la dirección del portal de Aspel. Revisa tu conexión a internet; si usas un proxy o una red de oficina, pide ayuda a tu área de sistemas.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/errors.py" line="26"/>
        <source>El portal de Aspel no aceptó la conexión. Revisa tu conexión a internet e inténtalo de nuevo en unos minutos.</source>
        <translation>El portal de Aspel no aceptó la conexión. Revisa tu conexión a internet e inténtalo de nuevo en unos minutos.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/errors.py" line="28"/>
        <source>No se pudo verificar el certificado de seguridad del portal de Aspel. La conexión se detuvo para proteger tus datos. Si estás en una red de oficina, pide ayuda a tu área de sistemas.</source>
        <translation>No se pudo verificar el certificado de seguridad del portal de Aspel. La conexión se detuvo para proteger tus datos. Si estás en una red de oficina, pide ayuda a tu área de sistemas.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/errors.py" line="31"/>
        <source>No se pudo conectar a través del proxy de tu red. Revisa la dirección del proxy o pide ayuda a tu área de sistemas.</source>
        <translation>No se pudo conectar a través del proxy de tu red. Revisa la dirección del proxy o pide ayuda a tu área de sistemas.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/errors.py" line="33"/>
        <source>El proxy de tu red pide usuario y contraseña. Pide a tu área de sistemas que configure el proxy para este programa.</source>
        <translation>El proxy de tu red pide usuario y contraseña. Pide a tu área de sistemas que configure el proxy para este programa.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/errors.py" line="38"/>
        <source>No se pudo conectar con el portal de Aspel. Revisa tu conexión a internet e inténtalo de nuevo.</source>
        <translation>No se pudo conectar con el portal de Aspel. Revisa tu conexión a internet e inténtalo de nuevo.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/errors.py" line="46"/>
        <source>está vacía</source>
        <translation>está vacía</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/errors.py" line="53"/>
        <source>no dice el nombre del servidor (por ejemplo https://portal.ejemplo.com)</source>
        <translation>no dice el nombre del servidor (por ejemplo https://portal.ejemplo.com)</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/errors.py" line="55"/>
        <source>tiene un puerto no válido (debe ser un número del 1 al 65535)</source>
        <translation>tiene un puerto no válido (debe ser un número del 1 al 65535)</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/errors.py" line="61"/>
        <source>no es válida</source>
        <translation>no es válida</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/errors.py" line="85"/>
        <source>Este sistema ya está en la versión más reciente.</source>
        <translation>Este sistema ya está en la versión más reciente.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/errors.py" line="87"/>
        <source>Este sistema no se puede actualizar desde aquí.</source>
        <translation>Este sistema no se puede actualizar desde aquí.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/errors.py" line="94"/>
        <source>Se hicieron demasiados intentos seguidos. Espera {seconds} segundos y vuelve a intentarlo.</source>
        <translation>Se hicieron demasiados intentos seguidos. Espera {seconds} segundos y vuelve a intentarlo.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/errors.py" line="101"/>
        <source>Tu cuenta quedó bloqueada por varios intentos fallidos. Podrás volver a intentarlo después de las {time} del {date}, o usa «¿Olvidaste tu contraseña?».</source>
        <translation>Tu cuenta quedó bloqueada por varios intentos fallidos. Podrás volver a intentarlo después de las {time} del {date}, o usa «¿Olvidaste tu contraseña?».</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/errors.py" line="105"/>
        <source>Tu cuenta quedó bloqueada por varios intentos fallidos. Espera unos minutos o usa «¿Olvidaste tu contraseña?».</source>
        <translation>Tu cuenta quedó bloqueada por varios intentos fallidos. Espera unos minutos o usa «¿Olvidaste tu contraseña?».</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/errors.py" line="110"/>
        <source>El usuario o la contraseña no son correctos. Revísalos e inténtalo de nuevo.</source>
        <translation>El usuario o la contraseña no son correctos. Revísalos e inténtalo de nuevo.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/errors.py" line="113"/>
        <source>Tu sesión terminó. Vuelve a escribir tu contraseña para continuar.</source>
        <translation>Tu sesión terminó. Vuelve a escribir tu contraseña para continuar.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/errors.py" line="118"/>
        <source>Los términos y condiciones cambiaron. Léelos de nuevo y vuelve a aceptarlos.</source>
        <translation>Los términos y condiciones cambiaron. Léelos de nuevo y vuelve a aceptarlos.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/errors.py" line="123"/>
        <source>La clave de esta operación ya se usó para otra solicitud. Vuelve a empezar la actualización.</source>
        <translation>La clave de esta operación ya se usó para otra solicitud. Vuelve a empezar la actualización.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/errors.py" line="126"/>
        <source>La descarga se interrumpió varias veces seguidas. Revisa tu conexión a internet y vuelve a intentarlo.</source>
        <translation>La descarga se interrumpió varias veces seguidas. Revisa tu conexión a internet y vuelve a intentarlo.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/errors.py" line="130"/>
        <source>No encontramos ese dato en tu cuenta. Actualiza la lista e inténtalo de nuevo.</source>
        <translation>No encontramos ese dato en tu cuenta. Actualiza la lista e inténtalo de nuevo.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/errors.py" line="133"/>
        <source>El portal rechazó la solicitud. Revisa los datos e inténtalo de nuevo.</source>
        <translation>El portal rechazó la solicitud. Revisa los datos e inténtalo de nuevo.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/errors.py" line="136"/>
        <source>El portal de Aspel no está disponible en este momento. Inténtalo de nuevo en {seconds} segundos.</source>
        <translation>El portal de Aspel no está disponible en este momento. Inténtalo de nuevo en {seconds} segundos.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/errors.py" line="150"/>
        <source>No se puede guardar el avance de la actualización en la carpeta «{folder}»; hace falta para no perder el resultado si se corta la conexión. Revisa que la carpeta exista y que tengas permiso para escribir en ella, o pide ayuda a tu área de sistemas. No se envió nada al portal. Detalle técnico: {detail}</source>
        <translation>No se puede guardar el avance de la actualización en la carpeta «{folder}»; hace falta para no perder el resultado si se corta la conexión. Revisa que la carpeta exista y que tengas permiso para escribir en ella, o pide ayuda a tu área de sistemas. No se envió nada al portal. Detalle técnico: {detail}</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/errors.py" line="174"/>
        <source>La dirección del portal «{url}» {problem}.</source>
        <translation>La dirección del portal «{url}» {problem}.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/errors.py" line="192"/>
        <source>El instalador de {what} se está descargando ahora en otra ventana de este asistente. Déjalo terminar allí; si cerraste esa ventana, elige su fila (dice «Ya actualizado»), pulsa «Siguiente» y luego «Descargar e instalar…».</source>
        <translation>El instalador de {what} se está descargando ahora en otra ventana de este asistente. Déjalo terminar allí; si cerraste esa ventana, elige su fila (dice «Ya actualizado»), pulsa «Siguiente» y luego «Descargar e instalar…».</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/errors.py" line="223"/>
        <source>No se pudo abrir el navegador. Copia esta dirección y ábrela en tu navegador: {url}</source>
        <translation>No se pudo abrir el navegador. Copia esta dirección y ábrela en tu navegador: {url}</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/errors.py" line="251"/>
        <source>No hay espacio suficiente en la carpeta «{folder}»: se necesitan {needed} y hay {free} libres. Libera espacio (por ejemplo, vacía la papelera) y vuelve a intentarlo: lo ya descargado se conserva.</source>
        <translation>No hay espacio suficiente en la carpeta «{folder}»: se necesitan {needed} y hay {free} libres. Libera espacio (por ejemplo, vacía la papelera) y vuelve a intentarlo: lo ya descargado se conserva.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/errors.py" line="257"/>
        <source>No hay espacio suficiente en la carpeta «{folder}»: se necesitan {needed} y hay {free} libres. Libera espacio (por ejemplo, vacía la papelera) y vuelve a intentarlo.</source>
        <translation>No hay espacio suficiente en la carpeta «{folder}»: se necesitan {needed} y hay {free} libres. Libera espacio (por ejemplo, vacía la papelera) y vuelve a intentarlo.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/errors.py" line="263"/>
        <source>No hay espacio suficiente en la carpeta «{folder}»: el disco está lleno. Libera espacio (por ejemplo, vacía la papelera) y vuelve a intentarlo: lo ya descargado se conserva.</source>
        <translation>No hay espacio suficiente en la carpeta «{folder}»: el disco está lleno. Libera espacio (por ejemplo, vacía la papelera) y vuelve a intentarlo: lo ya descargado se conserva.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/errors.py" line="159"/>
        <source>El asistente se cerró porque el equipo o el programa que lo inició pidió terminarlo. Si no terminaste la actualización, vuelve a abrirlo.</source>
        <translation>El asistente se cerró porque el equipo o el programa que lo inició pidió terminarlo. Si no terminaste la actualización, vuelve a abrirlo.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/errors.py" line="188"/>
        <source>La descarga del instalador de {what} quedó a medias. Para terminarla, elige su fila (dice «Ya actualizado»), pulsa «Siguiente» y luego «Descargar e instalar…»: continuará donde se quedó.</source>
        <translation>La descarga del instalador de {what} quedó a medias. Para terminarla, elige su fila (dice «Ya actualizado»), pulsa «Siguiente» y luego «Descargar e instalar…»: continuará donde se quedó.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/cli_errors.py" line="56"/>
        <source>no se puede escribir en la carpeta «{place}»: {what} (detalle técnico: {detail})</source>
        <translation>no se puede escribir en la carpeta «{place}»: {what} (detalle técnico: {detail})</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/cli_errors.py" line="58"/>
        <source>no se pudo guardar: {what} (detalle técnico: {detail})</source>
        <translation>no se pudo guardar: {what} (detalle técnico: {detail})</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/cli_errors.py" line="78"/>
        <source>no es una carpeta</source>
        <translation>no es una carpeta</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/errors.py" line="233"/>
        <source>el disco está lleno</source>
        <translation>el disco está lleno</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/errors.py" line="234"/>
        <source>la unidad es de solo lectura</source>
        <translation>la unidad es de solo lectura</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/errors.py" line="235"/>
        <source>no tienes permiso para escribir ahí</source>
        <translation>no tienes permiso para escribir ahí</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/errors.py" line="236"/>
        <source>la carpeta no existe o la unidad no está disponible</source>
        <translation>la carpeta no existe o la unidad no está disponible</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/errors.py" line="237"/>
        <source>hay una carpeta con ese nombre</source>
        <translation>hay una carpeta con ese nombre</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/errors.py" line="238"/>
        <source>una parte de la ruta es un archivo, no una carpeta</source>
        <translation>una parte de la ruta es un archivo, no una carpeta</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/errors.py" line="239"/>
        <source>otro programa tiene abierto el archivo</source>
        <translation>otro programa tiene abierto el archivo</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/errors.py" line="240"/>
        <source>ya hay algo con ese nombre</source>
        <translation>ya hay algo con ese nombre</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/errors.py" line="242"/>
        <source>el sistema no lo permitió</source>
        <translation>el sistema no lo permitió</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/errors.py" line="267"/>
        <source>No hay espacio suficiente en la carpeta «{folder}»: el disco está lleno. Libera espacio (por ejemplo, vacía la papelera) y vuelve a intentarlo.</source>
        <translation>No hay espacio suficiente en la carpeta «{folder}»: el disco está lleno. Libera espacio (por ejemplo, vacía la papelera) y vuelve a intentarlo.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/errors.py" line="271"/>
        <source>No se pudo guardar el instalador en la carpeta «{folder}»: «{place}» está en medio ({what}). Muévelo o cámbiale el nombre y vuelve a intentarlo.</source>
        <translation>No se pudo guardar el instalador en la carpeta «{folder}»: «{place}» está en medio ({what}). Muévelo o cámbiale el nombre y vuelve a intentarlo.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/errors.py" line="277"/>
        <source>No se pudo guardar el instalador en la carpeta «{folder}»: {what}. Revísala o pide ayuda a tu área de sistemas, y vuelve a intentarlo.</source>
        <translation>No se pudo guardar el instalador en la carpeta «{folder}»: {what}. Revísala o pide ayuda a tu área de sistemas, y vuelve a intentarlo.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/download.py" line="30"/>
        <source>{system} {new}: el instalador ({size}) se descarga aquí mismo y se comprueba antes de usarlo.</source>
        <translation>{system} {new}: el instalador ({size}) se descarga aquí mismo y se comprueba antes de usarlo.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/download.py" line="35"/>
        <source>{system} {new}: la descarga desde este asistente no está disponible.</source>
        <translation>{system} {new}: la descarga desde este asistente no está disponible.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/download.py" line="50"/>
        <source>A&amp;brir descarga</source>
        <translation>A&amp;brir descarga</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/download.py" line="54"/>
        <source>Abrir la página de descarga de Aspel en el navegador</source>
        <translation>Abrir la página de descarga de Aspel en el navegador</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/download.py" line="58"/>
        <source>Se guardó en:</source>
        <translation>Se guardó en:</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/download.py" line="58"/>
        <source>Se guarda en:</source>
        <translation>Se guarda en:</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/download.py" line="62"/>
        <source>Carpeta y nombre del instalador</source>
        <translation>Carpeta y nombre del instalador</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/download.py" line="66"/>
        <source>Avance de la descarga</source>
        <translation>Avance de la descarga</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/download.py" line="71"/>
        <source>&amp;Reanudar</source>
        <translation>&amp;Reanudar</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/download.py" line="74"/>
        <source>Descar&amp;gar</source>
        <translation>Descar&amp;gar</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/download.py" line="78"/>
        <source>&amp;Pausar</source>
        <translation>&amp;Pausar</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/download.py" line="82"/>
        <source>Ca&amp;ncelar descarga</source>
        <translation>Ca&amp;ncelar descarga</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/download.py" line="89"/>
        <source>Continuando la descarga anterior desde {done}.</source>
        <translation>Continuando la descarga anterior desde {done}.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/download.py" line="102"/>
        <source>queda menos de un segundo</source>
        <translation>queda menos de un segundo</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/download.py" line="104"/>
        <source>quedan {s} s</source>
        <translation>quedan {s} s</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/download.py" line="106"/>
        <source>quedan {m} min {s} s</source>
        <translation>quedan {m} min {s} s</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/download.py" line="107"/>
        <source>quedan {h} h {m} min</source>
        <translation>quedan {h} h {m} min</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/download.py" line="121"/>
        <source>{done} de {total}</source>
        <translation>{done} de {total}</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/download.py" line="123"/>
        <source>{figures}, en la otra ventana</source>
        <translation>{figures}, en la otra ventana</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/download.py" line="125"/>
        <source>Comprobando lo ya descargado… {figures}</source>
        <translation>Comprobando lo ya descargado… {figures}</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/download.py" line="129"/>
        <source>{amount} · {speed}</source>
        <translation>{amount} · {speed}</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/download.py" line="130"/>
        <source>{amount} · {speed} · {left}</source>
        <translation>{amount} · {speed} · {left}</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/download.py" line="137"/>
        <source>Este instalador se está descargando en otra ventana del asistente: esta espera a que termine (hasta 10 minutos) y después lo comprueba. No hace falta que hagas nada.</source>
        <translation>Este instalador se está descargando en otra ventana del asistente: esta espera a que termine (hasta 10 minutos) y después lo comprueba. No hace falta que hagas nada.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/download.py" line="143"/>
        <source>Descarga en pausa. Lo que ya se descargó se guardó: pulsa «Reanudar» (hoy o la próxima vez que abras el asistente) para continuar donde se quedó.</source>
        <translation>Descarga en pausa. Lo que ya se descargó se guardó: pulsa «Reanudar» (hoy o la próxima vez que abras el asistente) para continuar donde se quedó.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/download.py" line="149"/>
        <source>La descarga del instalador quedó en pausa al volver a esta página. Lo que ya se descargó se guardó: pulsa «{button}» para continuar donde se quedó.</source>
        <translation>La descarga del instalador quedó en pausa al volver a esta página. Lo que ya se descargó se guardó: pulsa «{button}» para continuar donde se quedó.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/download.py" line="163"/>
        <source>El instalador descargado no coincide con lo que publicó el portal (pudo dañarse en el camino), así que se borró.</source>
        <translation>El instalador descargado no coincide con lo que publicó el portal (pudo dañarse en el camino), así que se borró.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/download.py" line="175"/>
        <source>El portal ya no reconoce este enlace de descarga. Vuelve a intentarlo; si se repite, descarga el instalador desde la página de Aspel: {url}</source>
        <translation>El portal ya no reconoce este enlace de descarga. Vuelve a intentarlo; si se repite, descarga el instalador desde la página de Aspel: {url}</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/download.py" line="187"/>
        <source>{failure} Pulsa «Reintentar» para descargarlo de nuevo.</source>
        <translation>{failure} Pulsa «Reintentar» para descargarlo de nuevo.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/download.py" line="195"/>
        <source>No se terminó de descargar el instalador. Lo que ya se descargó se guardó: al volver a intentarlo, la descarga continuará donde se quedó.</source>
        <translation>No se terminó de descargar el instalador. Lo que ya se descargó se guardó: al volver a intentarlo, la descarga continuará donde se quedó.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/download.py" line="198"/>
        <source>No se terminó de descargar el instalador.</source>
        <translation>No se terminó de descargar el instalador.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/download.py" line="200"/>
        <source>No se terminó de descargar el instalador. {reason} Lo que ya se descargó se guardó: al volver a intentarlo, la descarga continuará donde se quedó.</source>
        <translation>No se terminó de descargar el instalador. {reason} Lo que ya se descargó se guardó: al volver a intentarlo, la descarga continuará donde se quedó.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/download.py" line="203"/>
        <source>No se terminó de descargar el instalador. {reason}</source>
        <translation>No se terminó de descargar el instalador. {reason}</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/download.py" line="208"/>
        <source>El instalador se está descargando en otra ventana de este asistente. Espera a que termine ahí (o ciérrala) y vuelve a intentarlo.</source>
        <translation>El instalador se está descargando en otra ventana de este asistente. Espera a que termine ahí (o ciérrala) y vuelve a intentarlo.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/download.py" line="216"/>
        <source>¿Cancelar la descarga?</source>
        <translation>¿Cancelar la descarga?</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/download.py" line="220"/>
        <source>Se borrará lo que ya se descargó y la próxima descarga empezará desde cero. Si solo quieres detenerla por ahora, usa «Pausar»: así continuará donde se quedó.</source>
        <translation>Se borrará lo que ya se descargó y la próxima descarga empezará desde cero. Si solo quieres detenerla por ahora, usa «Pausar»: así continuará donde se quedó.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/download.py" line="226"/>
        <source>&amp;Borrar y cancelar</source>
        <translation>&amp;Borrar y cancelar</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/download.py" line="230"/>
        <source>&amp;Seguir descargando</source>
        <translation>&amp;Seguir descargando</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/download.py" line="230"/>
        <source>&amp;Conservar</source>
        <translation>&amp;Conservar</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/download.py" line="235"/>
        <source>Descarga cancelada: se borró lo que se había descargado. Si pulsas «Descargar», empezará desde cero.</source>
        <translation>Descarga cancelada: se borró lo que se había descargado. Si pulsas «Descargar», empezará desde cero.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/download.py" line="242"/>
        <source>No se pudo borrar «{part}». Ciérralo si está abierto en otro programa y vuelve a pulsar «Cancelar descarga», o bórralo desde el Explorador de archivos.</source>
        <translation>No se pudo borrar «{part}». Ciérralo si está abierto en otro programa y vuelve a pulsar «Cancelar descarga», o bórralo desde el Explorador de archivos.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/download.py" line="251"/>
        <source>Verificado</source>
        <translation>Verificado</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/download.py" line="260"/>
        <source>Mientras se descargaba, el portal publicó una versión más reciente del instalador, así que la descarga empezó de nuevo con esa.</source>
        <translation>Mientras se descargaba, el portal publicó una versión más reciente del instalador, así que la descarga empezó de nuevo con esa.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/download.py" line="263"/>
        <source>La descarga que había quedado a medias ya no servía, así que empezó de nuevo.</source>
        <translation>La descarga que había quedado a medias ya no servía, así que empezó de nuevo.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/download.py" line="266"/>
        <source>Cuando hayas copiado o anotado el número de serie y la razón social, pulsa «Finalizar»: la instalación que abrió este asistente continuará.</source>
        <translation>Cuando hayas copiado o anotado el número de serie y la razón social, pulsa «Finalizar»: la instalación que abrió este asistente continuará.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/download.py" line="273"/>
        <source>El instalador está completo: su tamaño ({size}) y su huella SHA-256 coinciden con lo que publicó el portal.</source>
        <translation>El instalador está completo: su tamaño ({size}) y su huella SHA-256 coinciden con lo que publicó el portal.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/download.py" line="278"/>
        <source>Huella SHA-256 (la misma que da Get-FileHash):</source>
        <translation>Huella SHA-256 (la misma que da Get-FileHash):</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/download.py" line="282"/>
        <source>Huella SHA-256 del instalador</source>
        <translation>Huella SHA-256 del instalador</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/download.py" line="286"/>
        <source>Copiar &amp;huella</source>
        <translation>Copiar &amp;huella</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/download.py" line="290"/>
        <source>Copiar huella SHA-256 del instalador</source>
        <translation>Copiar huella SHA-256 del instalador</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/download.py" line="295"/>
        <source>C&amp;opiar serie</source>
        <translation>C&amp;opiar serie</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/download.py" line="300"/>
        <source>Copiar serie (el nuevo número de serie)</source>
        <translation>Copiar serie (el nuevo número de serie)</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/download.py" line="304"/>
        <source>&amp;Ejecutar instalador</source>
        <translation>&amp;Ejecutar instalador</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/download.py" line="308"/>
        <source>Abrir &amp;carpeta</source>
        <translation>Abrir &amp;carpeta</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/download.py" line="317"/>
        <source>En la carpeta ya hay una carpeta llamada «{name}», así que el instalador se guardó como «{saved}».</source>
        <translation>En la carpeta ya hay una carpeta llamada «{name}», así que el instalador se guardó como «{saved}».</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/download.py" line="320"/>
        <source>Ya había un archivo «{name}» que no se puede reemplazar (puede estar abierto o ejecutándose), así que el instalador se guardó como «{saved}».</source>
        <translation>Ya había un archivo «{name}» que no se puede reemplazar (puede estar abierto o ejecutándose), así que el instalador se guardó como «{saved}».</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/download.py" line="323"/>
        <source>Ya había algo llamado «{name}» (por ejemplo, un acceso directo), así que el instalador se guardó como «{saved}».</source>
        <translation>Ya había algo llamado «{name}» (por ejemplo, un acceso directo), así que el instalador se guardó como «{saved}».</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/download.py" line="332"/>
        <source>Comprobando la firma digital del instalador…</source>
        <translation>Comprobando la firma digital del instalador…</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/download.py" line="339"/>
        <source>La firma digital del instalador se comprueba en Windows, al ejecutarlo desde aquí.</source>
        <translation>La firma digital del instalador se comprueba en Windows, al ejecutarlo desde aquí.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/download.py" line="341"/>
        <source>La firma digital del instalador se comprueba en Windows, al ejecutarlo desde aquí (editor esperado: {expected}).</source>
        <translation>La firma digital del instalador se comprueba en Windows, al ejecutarlo desde aquí (editor esperado: {expected}).</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/download.py" line="345"/>
        <source>Firma digital comprobada por Windows: el editor es «{publisher}».</source>
        <translation>Firma digital comprobada por Windows: el editor es «{publisher}».</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/download.py" line="348"/>
        <source>Firma digital comprobada por Windows: el editor es «{publisher}», el esperado.</source>
        <translation>Firma digital comprobada por Windows: el editor es «{publisher}», el esperado.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/download.py" line="356"/>
        <source>El instalador está firmado por «{publisher}», no por {expected} (el editor esperado). Por seguridad, este asistente no lo ejecutará.</source>
        <translation>El instalador está firmado por «{publisher}», no por {expected} (el editor esperado). Por seguridad, este asistente no lo ejecutará.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/download.py" line="359"/>
        <source>El instalador no tiene firma digital, así que no se puede saber si es de {expected}. Por seguridad, este asistente no lo ejecutará.</source>
        <translation>El instalador no tiene firma digital, así que no se puede saber si es de {expected}. Por seguridad, este asistente no lo ejecutará.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/download.py" line="361"/>
        <source>El instalador no tiene firma digital, así que no se puede saber quién lo publicó. Por seguridad, este asistente no lo ejecutará.</source>
        <translation>El instalador no tiene firma digital, así que no se puede saber quién lo publicó. Por seguridad, este asistente no lo ejecutará.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/download.py" line="364"/>
        <source>El instalador cambió después de que lo firmaron, así que no es el que publicó {expected}. Por seguridad, este asistente no lo ejecutará.</source>
        <translation>El instalador cambió después de que lo firmaron, así que no es el que publicó {expected}. Por seguridad, este asistente no lo ejecutará.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/download.py" line="367"/>
        <source>El instalador cambió después de que lo firmaron, así que no es el que se publicó. Por seguridad, este asistente no lo ejecutará.</source>
        <translation>El instalador cambió después de que lo firmaron, así que no es el que se publicó. Por seguridad, este asistente no lo ejecutará.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/download.py" line="372"/>
        <source>Windows no confía en la firma digital del instalador, así que no se puede saber si es de {expected}. Por seguridad, este asistente no lo ejecutará.</source>
        <translation>Windows no confía en la firma digital del instalador, así que no se puede saber si es de {expected}. Por seguridad, este asistente no lo ejecutará.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/download.py" line="377"/>
        <source>Windows no confía en la firma digital del instalador, así que no se puede saber quién lo publicó. Por seguridad, este asistente no lo ejecutará.</source>
        <translation>Windows no confía en la firma digital del instalador, así que no se puede saber quién lo publicó. Por seguridad, este asistente no lo ejecutará.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/download.py" line="384"/>
        <source>No se pudo comprobar la firma digital del instalador, así que no se puede saber si es de {expected}. Por seguridad, este asistente no lo ejecutará.</source>
        <translation>No se pudo comprobar la firma digital del instalador, así que no se puede saber si es de {expected}. Por seguridad, este asistente no lo ejecutará.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/download.py" line="389"/>
        <source>No se pudo comprobar la firma digital del instalador, así que no se puede saber quién lo publicó. Por seguridad, este asistente no lo ejecutará.</source>
        <translation>No se pudo comprobar la firma digital del instalador, así que no se puede saber quién lo publicó. Por seguridad, este asistente no lo ejecutará.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/download.py" line="403"/>
        <source>Los datos de {old} están en este equipo: instala {new} aquí, en este equipo.</source>
        <translation>Los datos de {old} están en este equipo: instala {new} aquí, en este equipo.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/download.py" line="407"/>
        <source>{old} está instalado en este equipo, pero sus datos no están aquí. Copia el instalador (con «Abrir carpeta»; por ejemplo, a una memoria USB o a una carpeta compartida) al equipo donde están los datos (el Servidor: {meaning}) e instálalo allí.</source>
        <translation>{old} está instalado en este equipo, pero sus datos no están aquí. Copia el instalador (con «Abrir carpeta»; por ejemplo, a una memoria USB o a una carpeta compartida) al equipo donde están los datos (el Servidor: {meaning}) e instálalo allí.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/download.py" line="413"/>
        <source>No encontramos {old} en este equipo. Copia el instalador (con «Abrir carpeta»; por ejemplo, a una memoria USB o a una carpeta compartida) al equipo donde están los datos de {old} (el Servidor: {meaning}) e instálalo allí.</source>
        <translation>No encontramos {old} en este equipo. Copia el instalador (con «Abrir carpeta»; por ejemplo, a una memoria USB o a una carpeta compartida) al equipo donde están los datos de {old} (el Servidor: {meaning}) e instálalo allí.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/download.py" line="417"/>
        <source>Instálalo en el equipo donde están los datos de {old} (el Servidor: {meaning}).</source>
        <translation>Instálalo en el equipo donde están los datos de {old} (el Servidor: {meaning}).</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/download.py" line="422"/>
        <source>Qué sigue</source>
        <translation>Qué sigue</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/download.py" line="431"/>
        <source>No ejecutes este archivo (arriba dice por qué). Descarga el instalador de {new} desde el centro de descargas de Aspel.</source>
        <translation>No ejecutes este archivo (arriba dice por qué). Descarga el instalador de {new} desde el centro de descargas de Aspel.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/download.py" line="434"/>
        <source>En el Servidor, abre con doble clic el instalador que copiaste y sigue sus pasos.</source>
        <translation>En el Servidor, abre con doble clic el instalador que copiaste y sigue sus pasos.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/download.py" line="437"/>
        <source>«Ejecutar instalador» instala {new}. Sigue sus pasos.</source>
        <translation>«Ejecutar instalador» instala {new}. Sigue sus pasos.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/download.py" line="440"/>
        <source>Al terminar, el asistente de activación te pedirá el número de serie y la razón social que aparecen abajo: escríbelos exactamente así.</source>
        <translation>Al terminar, el asistente de activación te pedirá el número de serie y la razón social que aparecen abajo: escríbelos exactamente así.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/download.py" line="447"/>
        <source>Comprobando el instalador y este equipo…</source>
        <translation>Comprobando el instalador y este equipo…</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/download.py" line="451"/>
        <source>No se pudo comprobar el instalador antes de ejecutarlo. Pulsa «Abrir carpeta» y ábrelo con doble clic; Windows te mostrará quién lo firmó.</source>
        <translation>No se pudo comprobar el instalador antes de ejecutarlo. Pulsa «Abrir carpeta» y ábrelo con doble clic; Windows te mostrará quién lo firmó.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/download.py" line="457"/>
        <source>El archivo «{name}» ya no es el instalador que se verificó (se borró, se movió o cambió desde entonces), así que no se ejecutó. Pulsa «Descargar» para bajarlo y comprobarlo de nuevo.</source>
        <translation>El archivo «{name}» ya no es el instalador que se verificó (se borró, se movió o cambió desde entonces), así que no se ejecutó. Pulsa «Descargar» para bajarlo y comprobarlo de nuevo.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/download.py" line="463"/>
        <source>{old} está abierto</source>
        <translation>{old} está abierto</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/download.py" line="469"/>
        <source>{old} sigue abierto en este equipo. Ciérralo (y pide a quien lo use en red que también lo cierre) antes de instalar {new}: el instalador puede fallar o pedir reiniciar si sigue abierto.</source>
        <translation>{old} sigue abierto en este equipo. Ciérralo (y pide a quien lo use en red que también lo cierre) antes de instalar {new}: el instalador puede fallar o pedir reiniciar si sigue abierto.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/download.py" line="473"/>
        <source>{old} está abierto en este equipo. Ciérralo (y pide a quien lo use en red que también lo cierre) antes de instalar {new}: el instalador puede fallar o pedir reiniciar si sigue abierto.</source>
        <translation>{old} está abierto en este equipo. Ciérralo (y pide a quien lo use en red que también lo cierre) antes de instalar {new}: el instalador puede fallar o pedir reiniciar si sigue abierto.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/download.py" line="480"/>
        <source>&amp;Ya lo cerré, continuar</source>
        <translation>&amp;Ya lo cerré, continuar</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/download.py" line="484"/>
        <source>Ejecutar de &amp;todos modos</source>
        <translation>Ejecutar de &amp;todos modos</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/download.py" line="488"/>
        <source>Se abrió el instalador de {system} {new}. Al terminar, el asistente de activación te pedirá el número de serie {serial} y la razón social «{razon}».</source>
        <translation>Se abrió el instalador de {system} {new}. Al terminar, el asistente de activación te pedirá el número de serie {serial} y la razón social «{razon}».</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/download.py" line="494"/>
        <source>Windows no pudo abrir el instalador «{path}». Pulsa «Abrir carpeta» y ábrelo con doble clic.</source>
        <translation>Windows no pudo abrir el instalador «{path}». Pulsa «Abrir carpeta» y ábrelo con doble clic.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/download.py" line="500"/>
        <source>No se pudo abrir la carpeta «{folder}». Ábrela desde el Explorador de archivos (la ruta completa está arriba, en «Se guardó en»).</source>
        <translation>No se pudo abrir la carpeta «{folder}». Ábrela desde el Explorador de archivos (la ruta completa está arriba, en «Se guardó en»).</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/download.py" line="239"/>
        <source>No se borró nada: el instalador se está descargando en otra ventana de este asistente. Cancela la descarga en esa ventana, o espera a que termine.</source>
        <translation>No se borró nada: el instalador se está descargando en otra ventana de este asistente. Cancela la descarga en esa ventana, o espera a que termine.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/errors.py" line="183"/>
        <source>La actualización que quedó pendiente ({what}) no se completó. {reason} Si todavía la necesitas, vuelve a hacerla desde aquí.</source>
        <translation>La actualización que quedó pendiente ({what}) no se completó. {reason} Si todavía la necesitas, vuelve a hacerla desde aquí.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/dates.py" line="20"/>
        <source>dd/MM/yyyy</source>
        <translation>dd/MM/yyyy</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/errors.py" line="21"/>
        <source>Parece que este equipo no tiene conexión a internet. Revisa el cable o la red inalámbrica y vuelve a intentarlo.</source>
        <translation>Parece que este equipo no tiene conexión a internet. Revisa el cable o la red inalámbrica y vuelve a intentarlo.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/errors.py" line="51"/>
        <source>no es segura: debe empezar con https:// (http:// solo se permite en este mismo equipo)</source>
        <translation>no es segura: debe empezar con https:// (http:// solo se permite en este mismo equipo)</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/errors.py" line="69"/>
        <source>Este sistema es una licencia de pago único: para pasar a la nueva versión hay que comprarla. Aquí solo se actualizan los sistemas en suscripción (renta mensual, semestral o anual).</source>
        <translation>Este sistema es una licencia de pago único: para pasar a la nueva versión hay que comprarla. Aquí solo se actualizan los sistemas en suscripción (renta mensual, semestral o anual).</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/errors.py" line="74"/>
        <source>Este sistema está inactivo. Reactívalo desde Mi cuenta Aspel o con tu distribuidor antes de actualizarlo.</source>
        <translation>Este sistema está inactivo. Reactívalo desde Mi cuenta Aspel o con tu distribuidor antes de actualizarlo.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/errors.py" line="78"/>
        <source>Este sistema tiene un pago pendiente. Cuando el pago esté al corriente podrás actualizarlo aquí.</source>
        <translation>Este sistema tiene un pago pendiente. Cuando el pago esté al corriente podrás actualizarlo aquí.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/errors.py" line="82"/>
        <source>Este sistema ya se actualizó. Su nuevo número de serie está en el correo que recibiste y en Mi cuenta Aspel.</source>
        <translation>Este sistema ya se actualizó. Su nuevo número de serie está en el correo que recibiste y en Mi cuenta Aspel.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/errors.py" line="196"/>
        <source>También quedó pendiente de ver el resultado de: {what}. Elige su fila (dice «Ya actualizado») y pulsa «Siguiente» para verlo.</source>
        <translation>También quedó pendiente de ver el resultado de: {what}. Elige su fila (dice «Ya actualizado») y pulsa «Siguiente» para verlo.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/errors.py" line="204"/>
        <source>{sentence} Detalle técnico: {detail}</source>
        <translation>{sentence} Detalle técnico: {detail}</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/cli_errors.py" line="89"/>
        <source>No está configurada la dirección del portal de Aspel. Pide a tu área de sistemas que la configure (archivo de configuración del equipo) o inicia con --portal-url.</source>
        <translation>No está configurada la dirección del portal de Aspel. Pide a tu área de sistemas que la configure (archivo de configuración del equipo) o inicia con --portal-url.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/cli_errors.py" line="96"/>
        <source>La dirección del portal {url} del archivo de configuración {file} {problem}. Pide a tu área de sistemas que la corrija o inicia con --portal-url.</source>
        <translation>La dirección del portal {url} del archivo de configuración {file} {problem}. Pide a tu área de sistemas que la corrija o inicia con --portal-url.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/cli_errors.py" line="103"/>
        <source>El portal de pruebas (--sandbox) no viene en esta instalación.</source>
        <translation>El portal de pruebas (--sandbox) no viene en esta instalación.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/diagnostics.py" line="13"/>
        <source>Diagnóstico de aspel-upgrade</source>
        <translation>Diagnóstico de aspel-upgrade</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/diagnostics.py" line="14"/>
        <source>Sistema operativo</source>
        <translation>Sistema operativo</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/diagnostics.py" line="15"/>
        <source>Portal</source>
        <translation>Portal</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/diagnostics.py" line="16"/>
        <source>Proxy</source>
        <translation>Proxy</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/diagnostics.py" line="17"/>
        <source>Carpeta de registros</source>
        <translation>Carpeta de registros</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/diagnostics.py" line="18"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/diagnostics.py" line="19"/>
        <source>FALLA</source>
        <translation>FALLA</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/diagnostics.py" line="20"/>
        <source>ninguno</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/diagnostics.py" line="21"/>
        <source>(del sistema)</source>
        <translation>(del sistema)</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/diagnostics.py" line="22"/>
        <source>conectado a {address}</source>
        <translation>conectado a {address}</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/diagnostics.py" line="23"/>
        <source>conectado al proxy {address}</source>
        <translation>conectado al proxy {address}</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/diagnostics.py" line="24"/>
        <source>{version}, certificado emitido por: {issuer}</source>
        <translation>{version}, certificado emitido por: {issuer}</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/diagnostics.py" line="25"/>
        <source>{status}, contrato {version} ({portal})</source>
        <translation>{status}, contrato {version} ({portal})</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/diagnostics.py" line="26"/>
        <source>Sistemas Aspel en este equipo:</source>
        <translation>Sistemas Aspel en este equipo:</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/diagnostics.py" line="27"/>
        <source>ninguno encontrado</source>
        <translation>ninguno encontrado</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/diagnostics.py" line="28"/>
        <source>no se pudo revisar</source>
        <translation>no se pudo revisar</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/diagnostics.py" line="29"/>
        <source>programa en {folder}</source>
        <translation>programa en {folder}</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/diagnostics.py" line="30"/>
        <source>sin programa</source>
        <translation>sin programa</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/diagnostics.py" line="31"/>
        <source>datos en {folder} ({count} empresa)</source>
        <translation>datos en {folder} ({count} empresa)</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/diagnostics.py" line="32"/>
        <source>datos en {folder} ({count} empresas)</source>
        <translation>datos en {folder} ({count} empresas)</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/diagnostics.py" line="33"/>
        <source>solo en el registro de Windows</source>
        <translation>solo en el registro de Windows</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/diagnostics.py" line="35"/>
        <source>cerrado</source>
        <translation>cerrado</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/diagnostics.py" line="36"/>
        <source>¿Está listo este equipo para la nueva versión?</source>
        <translation>¿Está listo este equipo para la nueva versión?</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/diagnostics.py" line="37"/>
        <source>Resultado: el portal respondió.</source>
        <translation>Resultado: el portal respondió.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/diagnostics.py" line="38"/>
        <source>Resultado: el portal NO respondió. Revisa las fallas de arriba.</source>
        <translation>Resultado: el portal NO respondió. Revisa las fallas de arriba.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/diagnostics.py" line="44"/>
        <source>El portal no respondió al diagnóstico.</source>
        <translation>El portal no respondió al diagnóstico.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/diagnostics.py" line="53"/>
        <source>Resultado del diagnóstico</source>
        <translation>Resultado del diagnóstico</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/diagnostics.py" line="57"/>
        <source>&amp;Repetir</source>
        <translation>&amp;Repetir</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/diagnostics.py" line="61"/>
        <source>&amp;Exportar paquete de soporte…</source>
        <translation>&amp;Exportar paquete de soporte…</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/diagnostics.py" line="65"/>
        <source>Cerr&amp;ar</source>
        <translation>Cerr&amp;ar</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/diagnostics.py" line="69"/>
        <source>Revisando la conexión…</source>
        <translation>Revisando la conexión…</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/diagnostics.py" line="77"/>
        <source>Archivo ZIP (*.zip)</source>
        <translation>Archivo ZIP (*.zip)</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/diagnostics.py" line="82"/>
        <source>soporte-aspel-upgrade-{stamp}.zip</source>
        <translation>soporte-aspel-upgrade-{stamp}.zip</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/diagnostics.py" line="86"/>
        <source>No se pudo guardar el paquete ({reason}). Elige otra carpeta.</source>
        <translation>No se pudo guardar el paquete ({reason}). Elige otra carpeta.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/diagnostics.py" line="90"/>
        <source>Paquete guardado en «{path}».</source>
        <translation>Paquete guardado en «{path}».</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/errors.py" line="209"/>
        <source>Se envió la confirmación, pero no se recibió la respuesta del portal. La próxima vez que abras el asistente verás el resultado; no se generará un segundo número de serie.</source>
        <translation>Se envió la confirmación, pero no se recibió la respuesta del portal. La próxima vez que abras el asistente verás el resultado; no se generará un segundo número de serie.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/download.py" line="43"/>
        <source>No se puede descargar el instalador desde este asistente: el portal no envió los datos que hacen falta para descargarlo y comprobarlo aquí. Tu nuevo número de serie sí quedó registrado. Descarga el instalador desde la página de Aspel: {url}</source>
        <translation>No se puede descargar el instalador desde este asistente: el portal no envió los datos que hacen falta para descargarlo y comprobarlo aquí. Tu nuevo número de serie sí quedó registrado. Descarga el instalador desde la página de Aspel: {url}</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/errors.py" line="216"/>
        <source>El portal envió esta dirección: «{url}». No la abrimos porque no es segura: no usa https (una conexión cifrada) o no es una dirección web normal. Si la reconoces, cópiala y ábrela tú en el navegador; si no, no la uses y consulta a soporte de Aspel.</source>
        <translation>El portal envió esta dirección: «{url}». No la abrimos porque no es segura: no usa https (una conexión cifrada) o no es una dirección web normal. Si la reconoces, cópiala y ábrela tú en el navegador; si no, no la uses y consulta a soporte de Aspel.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/cli_errors.py" line="21"/>
        <source>--portal-url: {problem}</source>
        <translation>--portal-url: {problem}</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/cli_errors.py" line="23"/>
        <source>--proxy: la dirección «{url}» {problem}</source>
        <translation>--proxy: la dirección «{url}» {problem}</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/cli_errors.py" line="27"/>
        <source>--ca-bundle: «{path}» {problem}</source>
        <translation>--ca-bundle: «{path}» {problem}</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/cli_errors.py" line="31"/>
        <source>--system {system} no es un sistema conocido ({known})</source>
        <translation>--system {system} no es un sistema conocido ({known})</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/cli_errors.py" line="35"/>
        <source>--download-dir solo tiene sentido junto con --download</source>
        <translation>--download-dir solo tiene sentido junto con --download</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/cli_errors.py" line="37"/>
        <source>--download-dir: {path} no es una carpeta</source>
        <translation>--download-dir: {path} no es una carpeta</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/cli.py" line="96"/>
        <source>Usa --help para ver las opciones.</source>
        <translation>Usa --help para ver las opciones.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/cli_errors.py" line="68"/>
        <source>la ruta está vacía</source>
        <translation>la ruta está vacía</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/cli_errors.py" line="52"/>
        <source>es una carpeta, no un archivo</source>
        <translation>es una carpeta, no un archivo</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/cli.py" line="15"/>
        <source>Asistente para actualizar el número de serie de tu sistema Aspel.</source>
        <translation>Asistente para actualizar el número de serie de tu sistema Aspel.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/cli.py" line="19"/>
        <source>Códigos de salida: 0 actualizado (o se mostró una actualización existente; con --check, nada lo impide), 1 cancelado, 2 falló, 3 nada que actualizar, 4 resultado desconocido (se envió la confirmación, pero no llegó la respuesta), 5 con --check, algo en este equipo impide instalar la nueva versión, 64 línea de comandos incorrecta, 73 no se puede escribir el archivo de resultado o la carpeta del instalador.</source>
        <translation>Códigos de salida: 0 actualizado (o se mostró una actualización existente; con --check, nada lo impide), 1 cancelado, 2 falló, 3 nada que actualizar, 4 resultado desconocido (se envió la confirmación, pero no llegó la respuesta), 5 con --check, algo en este equipo impide instalar la nueva versión, 64 línea de comandos incorrecta, 73 no se puede escribir el archivo de resultado o la carpeta del instalador.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/cli.py" line="30"/>
        <source>usar un portal de pruebas local (demostración)</source>
        <translation>usar un portal de pruebas local (demostración)</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/cli.py" line="31"/>
        <source>dirección del portal (https://…)</source>
        <translation>dirección del portal (https://…)</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/cli.py" line="32"/>
        <source>sistema a actualizar, p. ej. SAE</source>
        <translation>sistema a actualizar, p. ej. SAE</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/cli.py" line="33"/>
        <source>número de serie a actualizar</source>
        <translation>número de serie a actualizar</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/cli.py" line="34"/>
        <source>usuario de Mi cuenta Aspel</source>
        <translation>usuario de Mi cuenta Aspel</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/cli.py" line="35"/>
        <source>escribir el resultado (JSON) aquí</source>
        <translation>escribir el resultado (JSON) aquí</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/cli.py" line="36"/>
        <source>idioma: es (predeterminado) o en</source>
        <translation>idioma: es (predeterminado) o en</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/cli.py" line="37"/>
        <source>proxy HTTP(S), p. ej. http://proxy:8080</source>
        <translation>proxy HTTP(S), p. ej. http://proxy:8080</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/cli.py" line="38"/>
        <source>certificados adicionales (PEM)</source>
        <translation>certificados adicionales (PEM)</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/cli.py" line="39"/>
        <source>revisar la conexión sin abrir ventanas</source>
        <translation>revisar la conexión sin abrir ventanas</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/cli.py" line="40"/>
        <source>revisar si este equipo está listo para la nueva versión (sin ventanas ni contraseña; con --system, solo ese sistema); sale con 5 si algo lo impide</source>
        <translation>revisar si este equipo está listo para la nueva versión (sin ventanas ni contraseña; con --system, solo ese sistema); sale con 5 si algo lo impide</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/cli.py" line="43"/>
        <source>después de actualizar (o si ya estaba actualizado), descargar y verificar el instalador sin preguntar; si no queda verificado, sale con 2</source>
        <translation>después de actualizar (o si ya estaba actualizado), descargar y verificar el instalador sin preguntar; si no queda verificado, sale con 2</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/cli.py" line="46"/>
        <source>carpeta del instalador (con --download)</source>
        <translation>carpeta del instalador (con --download)</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/cli.py" line="47"/>
        <source>mostrar la versión y salir</source>
        <translation>mostrar la versión y salir</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/cli.py" line="54"/>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/cli.py" line="56"/>
        <source>SERIE</source>
        <translation>SERIE</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/cli.py" line="58"/>
        <source>RUTA</source>
        <translation>RUTA</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/cli.py" line="66"/>
        <source>uso: </source>
        <translation>uso: </translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/cli.py" line="67"/>
        <source>opciones</source>
        <translation>opciones</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/cli.py" line="68"/>
        <source>argumentos</source>
        <translation>argumentos</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/cli.py" line="69"/>
        <source>mostrar esta ayuda y salir</source>
        <translation>mostrar esta ayuda y salir</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/cli.py" line="71"/>
        <source>%(argument_name)s: %(message)s</source>
        <translation>%(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/cli.py" line="72"/>
        <source>opciones no reconocidas: %s</source>
        <translation>opciones no reconocidas: %s</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/cli.py" line="73"/>
        <source>falta su valor</source>
        <translation>falta su valor</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/cli.py" line="74"/>
        <source>admite a lo más un valor</source>
        <translation>admite a lo más un valor</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/cli.py" line="75"/>
        <source>necesita al menos un valor</source>
        <translation>necesita al menos un valor</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/cli.py" line="77"/>
        <source>valor no válido: %(value)r (elige entre %(choices)s)</source>
        <translation>valor no válido: %(value)r (elige entre %(choices)s)</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/cli.py" line="79"/>
        <source>no se puede usar junto con %s</source>
        <translation>no se puede usar junto con %s</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/cli.py" line="80"/>
        <source>faltan estas opciones: %s</source>
        <translation>faltan estas opciones: %s</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/cli.py" line="81"/>
        <source>no admite el valor %r</source>
        <translation>no admite el valor %r</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/cli.py" line="83"/>
        <source>opción ambigua: %(option)s puede ser %(matches)s</source>
        <translation>opción ambigua: %(option)s puede ser %(matches)s</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/cli.py" line="85"/>
        <source>valor no válido: %(value)r</source>
        <translation>valor no válido: %(value)r</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/cli.py" line="86"/>
        <source>falta una de estas opciones: %s</source>
        <translation>falta una de estas opciones: %s</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/cli.py" line="92"/>
        <source>necesita %s valor</source>
        <translation>necesita %s valor</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/cli.py" line="92"/>
        <source>necesita %s valores</source>
        <translation>necesita %s valores</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/cli_errors.py" line="39"/>
        <source>--download-dir: {problem}</source>
        <translation>--download-dir: {problem}</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/cli_errors.py" line="45"/>
        <source>aspel-upgrade: {sentence}</source>
        <translation>aspel-upgrade: {sentence}</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/cli_errors.py" line="53"/>
        <source>no es un archivo normal</source>
        <translation>no es un archivo normal</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/cli_errors.py" line="72"/>
        <source>«{place}» es un archivo, no una carpeta</source>
        <translation>«{place}» es un archivo, no una carpeta</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/cli_errors.py" line="83"/>
        <source>--download: no se puede guardar el instalador en la carpeta «{folder}»: {why}.</source>
        <translation>--download: no se puede guardar el instalador en la carpeta «{folder}»: {why}.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/cli_errors.py" line="61"/>
        <source>no se puede escribir el archivo de resultado «{file}»: {why}</source>
        <translation>no se puede escribir el archivo de resultado «{file}»: {why}</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/errors.py" line="139"/>
        <source>El portal de Aspel no está disponible en este momento. Inténtalo más tarde.</source>
        <translation>El portal de Aspel no está disponible en este momento. Inténtalo más tarde.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/errors.py" line="144"/>
        <source>El portal de Aspel tardó demasiado en responder. Revisa tu conexión e inténtalo de nuevo.</source>
        <translation>El portal de Aspel tardó demasiado en responder. Revisa tu conexión e inténtalo de nuevo.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/errors.py" line="147"/>
        <source>El portal de Aspel respondió algo que no esperábamos. Inténtalo de nuevo más tarde; si se repite, usa «Diagnóstico» y contacta a soporte.</source>
        <translation>El portal de Aspel respondió algo que no esperábamos. Inténtalo de nuevo más tarde; si se repite, usa «Diagnóstico» y contacta a soporte.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/errors.py" line="168"/>
        <source>Ocurrió un error inesperado. Vuelve a intentarlo; si se repite, copia el reporte y envíalo a soporte.</source>
        <translation>Ocurrió un error inesperado. Vuelve a intentarlo; si se repite, copia el reporte y envíalo a soporte.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/fields.py" line="11"/>
        <source>{caption}:</source>
        <translation>{caption}:</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/fields.py" line="16"/>
        <source>{caption}: {value}</source>
        <translation>{caption}: {value}</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/fields.py" line="20"/>
        <source>Sistema</source>
        <translation>Sistema</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/fields.py" line="24"/>
        <source>Nuevo número de serie</source>
        <translation>Nuevo número de serie</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/fields.py" line="28"/>
        <source>Número de serie anterior</source>
        <translation>Número de serie anterior</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/fields.py" line="32"/>
        <source>Razón social para activar</source>
        <translation>Razón social para activar</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/fields.py" line="36"/>
        <source>Periodicidad de renta</source>
        <translation>Periodicidad de renta</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/fields.py" line="40"/>
        <source>Plazo de la versión anterior</source>
        <translation>Plazo de la versión anterior</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/fields.py" line="44"/>
        <source>Enlace de descarga</source>
        <translation>Enlace de descarga</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/fields.py" line="48"/>
        <source>Aviso enviado a</source>
        <translation>Aviso enviado a</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/fields.py" line="52"/>
        <source>Folio de la actualización</source>
        <translation>Folio de la actualización</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/fields.py" line="56"/>
        <source>Fecha de emisión</source>
        <translation>Fecha de emisión</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/receipt.py" line="16"/>
        <source>Comprobante de actualización de número de serie</source>
        <translation>Comprobante de actualización de número de serie</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/receipt.py" line="21"/>
        <source>Comprobante de actualización {upgrade}</source>
        <translation>Comprobante de actualización {upgrade}</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/receipt.py" line="26"/>
        <source>el archivo quedó vacío</source>
        <translation>el archivo quedó vacío</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/guidance.py" line="27"/>
        <source>En este equipo</source>
        <translation>En este equipo</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/guidance.py" line="119"/>
        <source>Siguientes pasos</source>
        <translation>Siguientes pasos</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/subscriptions.py" line="15"/>
        <source>Sistemas en suscripción</source>
        <translation>Sistemas en suscripción</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/subscriptions.py" line="19"/>
        <source>Elige el sistema que quieres actualizar. Solo se pueden elegir los que dicen «Actualizar a…»; en los demás verás por qué no.</source>
        <translation>Elige el sistema que quieres actualizar. Solo se pueden elegir los que dicen «Actualizar a…»; en los demás verás por qué no.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/subscriptions.py" line="24"/>
        <source>Sistemas de tu cuenta</source>
        <translation>Sistemas de tu cuenta</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/subscriptions.py" line="28"/>
        <source>Actualizar &amp;lista</source>
        <translation>Actualizar &amp;lista</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/subscriptions.py" line="32"/>
        <source>Actualizar lista de sistemas</source>
        <translation>Actualizar lista de sistemas</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/subscriptions.py" line="36"/>
        <source>Consultando tus sistemas…</source>
        <translation>Consultando tus sistemas…</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/subscriptions.py" line="40"/>
        <source>Consultando los datos de la actualización…</source>
        <translation>Consultando los datos de la actualización…</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/subscriptions.py" line="45"/>
        <source>No encontramos un único sistema que se pueda actualizar con los datos recibidos del instalador ({wanted}). Elige en la lista el que quieres actualizar.</source>
        <translation>No encontramos un único sistema que se pueda actualizar con los datos recibidos del instalador ({wanted}). Elige en la lista el que quieres actualizar.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/subscriptions.py" line="54"/>
        <source>Tu cuenta no tiene sistemas registrados. Si compraste uno recientemente, espera unos minutos y pulsa «Actualizar lista».</source>
        <translation>Tu cuenta no tiene sistemas registrados. Si compraste uno recientemente, espera unos minutos y pulsa «Actualizar lista».</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/subscriptions.py" line="57"/>
        <source>Ninguno de tus sistemas se puede actualizar desde aquí. Selecciona uno en la lista para ver por qué.</source>
        <translation>Ninguno de tus sistemas se puede actualizar desde aquí. Selecciona uno en la lista para ver por qué.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/subscriptions.py" line="66"/>
        <source>{name} se puede actualizar a la versión {version}. Pulsa «Siguiente» para leer los términos.</source>
        <translation>{name} se puede actualizar a la versión {version}. Pulsa «Siguiente» para leer los términos.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/subscriptions.py" line="69"/>
        <source>{name} se puede actualizar a la versión {version}. Para elegirlo, haz clic en su fila o pulsa la barra espaciadora; luego, «Siguiente».</source>
        <translation>{name} se puede actualizar a la versión {version}. Para elegirlo, haz clic en su fila o pulsa la barra espaciadora; luego, «Siguiente».</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/subscriptions.py" line="72"/>
        <source>{name} ya se actualizó a la versión {version}. Pulsa «Siguiente» para ver su nuevo número de serie, el enlace de descarga y la razón social.</source>
        <translation>{name} ya se actualizó a la versión {version}. Pulsa «Siguiente» para ver su nuevo número de serie, el enlace de descarga y la razón social.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/subscriptions.py" line="76"/>
        <source>{name} ya se actualizó a la versión {version}. Para ver su nuevo número de serie, elige su fila (clic o barra espaciadora) y pulsa «Siguiente».</source>
        <translation>{name} ya se actualizó a la versión {version}. Para ver su nuevo número de serie, elige su fila (clic o barra espaciadora) y pulsa «Siguiente».</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/subscriptions.py" line="85"/>
        <source>Ver sus datos y descargar el instalador</source>
        <translation>Ver sus datos y descargar el instalador</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/subscriptions.py" line="89"/>
        <source>Consultar precios</source>
        <translation>Consultar precios</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/subscriptions.py" line="99"/>
        <source>Versión</source>
        <translation>Versión</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/subscriptions.py" line="100"/>
        <source>En este
equipo</source>
        <translation>En este
equipo</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/subscriptions.py" line="101"/>
        <source>Usuarios</source>
        <translation>Usuarios</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/subscriptions.py" line="102"/>
        <source>No. de
serie</source>
        <translation>No. de
serie</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/subscriptions.py" line="103"/>
        <source>Fecha de
activación</source>
        <translation>Fecha de
activación</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/subscriptions.py" line="104"/>
        <source>Próximo
pago</source>
        <translation>Próximo
pago</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/subscriptions.py" line="105"/>
        <source>Plan actualizado</source>
        <translation>Plan actualizado</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/subscriptions.py" line="126"/>
        <source>En este equipo: {versions}</source>
        <translation>En este equipo: {versions}</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/subscriptions.py" line="133"/>
        <source>(carpeta del programa no encontrada)</source>
        <translation>(carpeta del programa no encontrada)</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/subscriptions.py" line="135"/>
        <source>{system} {version} instalado en «{folder}» — abierto ahora</source>
        <translation>{system} {version} instalado en «{folder}» — abierto ahora</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/subscriptions.py" line="137"/>
        <source>{system} {version} instalado en «{folder}»</source>
        <translation>{system} {version} instalado en «{folder}»</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/diagnostics.py" line="34"/>
        <source>abierto ahora</source>
        <translation>abierto ahora</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/settings.py" line="16"/>
        <source>no se pudo abrir</source>
        <translation>no se pudo abrir</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/settings.py" line="17"/>
        <source>no es un archivo normal (por ejemplo, es una carpeta)</source>
        <translation>no es un archivo normal (por ejemplo, es una carpeta)</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/settings.py" line="18"/>
        <source>es demasiado grande para ser un archivo de configuración</source>
        <translation>es demasiado grande para ser un archivo de configuración</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/settings.py" line="19"/>
        <source>no está guardado como texto UTF-8</source>
        <translation>no está guardado como texto UTF-8</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/settings.py" line="14"/>
        <source>no tiene el formato correcto (JSON)</source>
        <translation>no tiene el formato correcto (JSON)</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/settings.py" line="23"/>
        <source>no se pudo usar</source>
        <translation>no se pudo usar</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/settings.py" line="30"/>
        <source>debe ser true o false</source>
        <translation>debe ser true o false</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/settings.py" line="31"/>
        <source>debe ser un texto entre comillas</source>
        <translation>debe ser un texto entre comillas</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/settings.py" line="33"/>
        <source>está vacío</source>
        <translation>está vacío</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/errors.py" line="47"/>
        <source>tiene espacios o caracteres no válidos</source>
        <translation>tiene espacios o caracteres no válidos</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/errors.py" line="48"/>
        <source>no es una dirección válida</source>
        <translation>no es una dirección válida</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/errors.py" line="49"/>
        <source>debe empezar con https://</source>
        <translation>debe empezar con https://</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/errors.py" line="50"/>
        <source>debe empezar con http:// o https://</source>
        <translation>debe empezar con http:// o https://</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/errors.py" line="54"/>
        <source>tiene un nombre de servidor no válido</source>
        <translation>tiene un nombre de servidor no válido</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/errors.py" line="56"/>
        <source>no debe llevar usuario ni contraseña</source>
        <translation>no debe llevar usuario ni contraseña</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/errors.py" line="57"/>
        <source>no debe llevar «?» ni «#»</source>
        <translation>no debe llevar «?» ni «#»</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/errors.py" line="58"/>
        <source>no existe o no es un archivo</source>
        <translation>no existe o no es un archivo</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/errors.py" line="59"/>
        <source>debe ser es o en</source>
        <translation>debe ser es o en</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/settings.py" line="34"/>
        <source>no es válido</source>
        <translation>no es válido</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/settings.py" line="44"/>
        <source>El archivo de configuración «{file}» {what}; se ignora y se usan los valores predeterminados.</source>
        <translation>El archivo de configuración «{file}» {what}; se ignora y se usan los valores predeterminados.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/settings.py" line="51"/>
        <source>En «{file}», el valor de «{key}» {what}; se ignora ese valor.</source>
        <translation>En «{file}», el valor de «{key}» {what}; se ignora ese valor.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/settings.py" line="59"/>
        <source>Detalle técnico: {details}</source>
        <translation>Detalle técnico: {details}</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/account.py" line="11"/>
        <source>Iniciando sesión…</source>
        <translation>Iniciando sesión…</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/account.py" line="16"/>
        <source>Vuelve a iniciar sesión.</source>
        <translation>Vuelve a iniciar sesión.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/account.py" line="23"/>
        <source>El usuario tiene {count} caracteres y Mi cuenta Aspel acepta hasta {limit}. Revisa lo que escribiste o pegaste.</source>
        <translation>El usuario tiene {count} caracteres y Mi cuenta Aspel acepta hasta {limit}. Revisa lo que escribiste o pegaste.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/account.py" line="28"/>
        <source>La contraseña tiene {count} caracteres y Mi cuenta Aspel acepta hasta {limit}. Revisa lo que pegaste.</source>
        <translation>La contraseña tiene {count} caracteres y Mi cuenta Aspel acepta hasta {limit}. Revisa lo que pegaste.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/account.py" line="31"/>
        <source>La contraseña no puede ser solo espacios. Escríbela de nuevo.</source>
        <translation>La contraseña no puede ser solo espacios. Escríbela de nuevo.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/account.py" line="38"/>
        <source>Restablecer contraseña</source>
        <translation>Restablecer contraseña</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/account.py" line="43"/>
        <source>Escribe tu usuario de Mi cuenta Aspel. Te enviaremos un correo a la dirección registrada en la cuenta para que elijas una contraseña nueva.</source>
        <translation>Escribe tu usuario de Mi cuenta Aspel. Te enviaremos un correo a la dirección registrada en la cuenta para que elijas una contraseña nueva.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/account.py" line="49"/>
        <source>&amp;Enviar correo</source>
        <translation>&amp;Enviar correo</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/account.py" line="53"/>
        <source>Escribe tu usuario para poder enviarte el correo.</source>
        <translation>Escribe tu usuario para poder enviarte el correo.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/account.py" line="57"/>
        <source>Enviando la solicitud…</source>
        <translation>Enviando la solicitud…</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/account.py" line="62"/>
        <source>Si el usuario «{user}» existe, enviamos un correo a la dirección registrada en la cuenta con los pasos para elegir una contraseña nueva. Revisa tu bandeja de entrada (y la de correo no deseado).</source>
        <translation>Si el usuario «{user}» existe, enviamos un correo a la dirección registrada en la cuenta con los pasos para elegir una contraseña nueva. Revisa tu bandeja de entrada (y la de correo no deseado).</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/account.py" line="72"/>
        <source>Tu sesión terminó</source>
        <translation>Tu sesión terminó</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/account.py" line="77"/>
        <source>Por seguridad, tu sesión en el portal terminó. Escribe de nuevo tu contraseña para continuar donde te quedaste; no perderás lo que elegiste.</source>
        <translation>Por seguridad, tu sesión en el portal terminó. Escribe de nuevo tu contraseña para continuar donde te quedaste; no perderás lo que elegiste.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/account.py" line="83"/>
        <source>C&amp;ontinuar</source>
        <translation>C&amp;ontinuar</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/account.py" line="89"/>
        <source>Tu sesión terminó. Para continuar, vuelve a escribir tu contraseña (pulsa de nuevo el botón de esta página).</source>
        <translation>Tu sesión terminó. Para continuar, vuelve a escribir tu contraseña (pulsa de nuevo el botón de esta página).</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/account.py" line="100"/>
        <source>No se pudo leer la contraseña guardada en el administrador de credenciales de Windows. Escríbela para continuar.</source>
        <translation>No se pudo leer la contraseña guardada en el administrador de credenciales de Windows. Escríbela para continuar.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/account.py" line="107"/>
        <source>No se pudo guardar tu contraseña en el administrador de credenciales de Windows: la próxima vez tendrás que escribirla.</source>
        <translation>No se pudo guardar tu contraseña en el administrador de credenciales de Windows: la próxima vez tendrás que escribirla.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/guidance.py" line="54"/>
        <source>«{folder}» (1 empresa)</source>
        <translation>«{folder}» (1 empresa)</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/guidance.py" line="56"/>
        <source>«{folder}» ({count} empresas)</source>
        <translation>«{folder}» ({count} empresas)</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/guidance.py" line="113"/>
        <source>{old} está abierto en este equipo. Ciérralo antes de instalar la nueva versión y de traer tus datos.</source>
        <translation>{old} está abierto en este equipo. Ciérralo antes de instalar la nueva versión y de traer tus datos.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/guidance.py" line="143"/>
        <source>{new} ya está instalado en este equipo.</source>
        <translation>{new} ya está instalado en este equipo.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/guidance.py" line="23"/>
        <source>el equipo donde están guardados los datos de tus empresas</source>
        <translation>el equipo donde están guardados los datos de tus empresas</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/guidance.py" line="32"/>
        <source>Buscando tu sistema en este equipo…</source>
        <translation>Buscando tu sistema en este equipo…</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/guidance.py" line="64"/>
        <source>Los datos de {old} están en este equipo: {folders}. Marcaste que instalarás la nueva versión en otro equipo: ese equipo será tu Servidor ({meaning}). Haz ahí la instalación, la activación y la traducción de tus datos.</source>
        <translation>Los datos de {old} están en este equipo: {folders}. Marcaste que instalarás la nueva versión en otro equipo: ese equipo será tu Servidor ({meaning}). Haz ahí la instalación, la activación y la traducción de tus datos.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/guidance.py" line="75"/>
        <source>Los datos de {old} están en este equipo: {folders}. Este equipo es tu Servidor ({meaning}): aquí se activa la nueva versión, que ya está instalada.</source>
        <translation>Los datos de {old} están en este equipo: {folders}. Este equipo es tu Servidor ({meaning}): aquí se activa la nueva versión, que ya está instalada.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/guidance.py" line="80"/>
        <source>Los datos de {old} están en este equipo: {folders}. Este equipo es tu Servidor ({meaning}): aquí se instala y se activa la nueva versión.</source>
        <translation>Los datos de {old} están en este equipo: {folders}. Este equipo es tu Servidor ({meaning}): aquí se instala y se activa la nueva versión.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/guidance.py" line="89"/>
        <source>{old} está instalado en este equipo, pero sus datos no están aquí: probablemente están en el Servidor ({meaning}). Haz la instalación, la activación y la traducción de datos en el Servidor.</source>
        <translation>{old} está instalado en este equipo, pero sus datos no están aquí: probablemente están en el Servidor ({meaning}). Haz la instalación, la activación y la traducción de datos en el Servidor.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/guidance.py" line="98"/>
        <source>No encontramos {old} en este equipo. Haz la instalación, la activación y la traducción de datos en el Servidor ({meaning}).</source>
        <translation>No encontramos {old} en este equipo. Haz la instalación, la activación y la traducción de datos en el Servidor ({meaning}).</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/guidance.py" line="145"/>
        <source>Descarga el instalador de {new} e instálalo en este equipo.</source>
        <translation>Descarga el instalador de {new} e instálalo en este equipo.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/guidance.py" line="148"/>
        <source>Descarga el instalador de {new} e instálalo en el Servidor ({meaning}).</source>
        <translation>Descarga el instalador de {new} e instálalo en el Servidor ({meaning}).</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/guidance.py" line="151"/>
        <source>Descarga el instalador de {new} e instálalo en el Servidor.</source>
        <translation>Descarga el instalador de {new} e instálalo en el Servidor.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/guidance.py" line="154"/>
        <source>Actívalo en este equipo con el nuevo número de serie y la razón social, tal como aparecen aquí. No lo actives en otros equipos: la activación únicamente debe realizarse en el Servidor.</source>
        <translation>Actívalo en este equipo con el nuevo número de serie y la razón social, tal como aparecen aquí. No lo actives en otros equipos: la activación únicamente debe realizarse en el Servidor.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/guidance.py" line="159"/>
        <source>Si este equipo no tiene internet, elige «Activar desde otro equipo»: guarda el archivo de solicitud, cárgalo en la página de activación de Aspel desde un equipo con internet y trae a este equipo el archivo de respuesta que te devuelve.</source>
        <translation>Si este equipo no tiene internet, elige «Activar desde otro equipo»: guarda el archivo de solicitud, cárgalo en la página de activación de Aspel desde un equipo con internet y trae a este equipo el archivo de respuesta que te devuelve.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/guidance.py" line="165"/>
        <source>Actívalo con el nuevo número de serie y la razón social, tal como aparecen aquí. La activación únicamente debe realizarse en el equipo Servidor.</source>
        <translation>Actívalo con el nuevo número de serie y la razón social, tal como aparecen aquí. La activación únicamente debe realizarse en el equipo Servidor.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/guidance.py" line="169"/>
        <source>Si el Servidor no tiene internet, elige «Activar desde otro equipo»: guarda el archivo de solicitud, cárgalo en la página de activación de Aspel desde un equipo con internet y lleva al Servidor el archivo de respuesta que te devuelve.</source>
        <translation>Si el Servidor no tiene internet, elige «Activar desde otro equipo»: guarda el archivo de solicitud, cárgalo en la página de activación de Aspel desde un equipo con internet y lleva al Servidor el archivo de respuesta que te devuelve.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/guidance.py" line="180"/>
        <source>Si al activar aparece «{message}»: ese número de serie ya se activó en el periodo actual de tu suscripción. No lo intentes en otros equipos. Si necesitas activarlo en otro equipo (porque formateaste, cambiaste piezas o actualizaste Windows), pide un desbloqueo a tu distribuidor o a Aspel: en una suscripción, el primero suele quedar de inmediato o en unos 15 minutos, y un segundo tarda de 4 a 24 horas hábiles. El desbloqueo te da un nuevo código de activación (CDA), no un número de serie nuevo: tu número de serie sigue siendo el mismo.</source>
        <translation>Si al activar aparece «{message}»: ese número de serie ya se activó en el periodo actual de tu suscripción. No lo intentes en otros equipos. Si necesitas activarlo en otro equipo (porque formateaste, cambiaste piezas o actualizaste Windows), pide un desbloqueo a tu distribuidor o a Aspel: en una suscripción, el primero suele quedar de inmediato o en unos 15 minutos, y un segundo tarda de 4 a 24 horas hábiles. El desbloqueo te da un nuevo código de activación (CDA), no un número de serie nuevo: tu número de serie sigue siendo el mismo.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/guidance.py" line="128"/>
        <source>Si todavía no traes tus datos de {old}, hazlo en {new} con Utilerías › Traducción de datos.</source>
        <translation>Si todavía no traes tus datos de {old}, hazlo en {new} con Utilerías › Traducción de datos.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/guidance.py" line="132"/>
        <source>Al terminar la instalación, elige «Traducir de una versión anterior» para traer tus datos de {old}. Si no lo hiciste entonces, hazlo después en Utilerías › Traducción de datos.</source>
        <translation>Al terminar la instalación, elige «Traducir de una versión anterior» para traer tus datos de {old}. Si no lo hiciste entonces, hazlo después en Utilerías › Traducción de datos.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/closing.py" line="11"/>
        <source>Actualización pendiente</source>
        <translation>Actualización pendiente</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/closing.py" line="15"/>
        <source>La última vez se envió la actualización de {what}, pero no se llegó a ver el resultado. ¿Quieres terminarla ahora? Solo tendrás que iniciar sesión; no se generará un segundo número de serie.</source>
        <translation>La última vez se envió la actualización de {what}, pero no se llegó a ver el resultado. ¿Quieres terminarla ahora? Solo tendrás que iniciar sesión; no se generará un segundo número de serie.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/closing.py" line="21"/>
        <source>&amp;Terminarla ahora</source>
        <translation>&amp;Terminarla ahora</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/closing.py" line="25"/>
        <source>&amp;Más tarde</source>
        <translation>&amp;Más tarde</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/closing.py" line="29"/>
        <source>Inicia sesión como «{user}» para ver el resultado de la actualización pendiente.</source>
        <translation>Inicia sesión como «{user}» para ver el resultado de la actualización pendiente.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/closing.py" line="34"/>
        <source>Consultando el resultado de la actualización pendiente…</source>
        <translation>Consultando el resultado de la actualización pendiente…</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/closing.py" line="42"/>
        <source>Descarga en curso</source>
        <translation>Descarga en curso</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/closing.py" line="43"/>
        <source>El instalador se está descargando. Si cierras ahora, la descarga se detiene y lo ya descargado se guarda: continuará la próxima vez que abras el asistente. Tu nuevo número de serie es {serial}: cópialo o guarda el comprobante antes de cerrar; también te llegó por correo a {email}. ¿Cerrar de todos modos?</source>
        <translation>El instalador se está descargando. Si cierras ahora, la descarga se detiene y lo ya descargado se guarda: continuará la próxima vez que abras el asistente. Tu nuevo número de serie es {serial}: cópialo o guarda el comprobante antes de cerrar; también te llegó por correo a {email}. ¿Cerrar de todos modos?</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/closing.py" line="49"/>
        <source>¿Cerrar el asistente?</source>
        <translation>¿Cerrar el asistente?</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/closing.py" line="50"/>
        <source>Tu nuevo número de serie es {serial}. Antes de cerrar, cópialo o guarda el comprobante; también te llegó por correo a {email}. ¿Cerrar el asistente?</source>
        <translation>Tu nuevo número de serie es {serial}. Antes de cerrar, cópialo o guarda el comprobante; también te llegó por correo a {email}. ¿Cerrar el asistente?</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/closing.py" line="54"/>
        <source>¿Cerrar sin ver el resultado?</source>
        <translation>¿Cerrar sin ver el resultado?</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/closing.py" line="55"/>
        <source>No sabemos si el portal recibió la confirmación. Si cierras ahora, la próxima vez que abras el asistente verás el resultado; no se generará un segundo número de serie. ¿Cerrar de todos modos?</source>
        <translation>No sabemos si el portal recibió la confirmación. Si cierras ahora, la próxima vez que abras el asistente verás el resultado; no se generará un segundo número de serie. ¿Cerrar de todos modos?</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/closing.py" line="60"/>
        <source>Confirmación en curso</source>
        <translation>Confirmación en curso</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/closing.py" line="61"/>
        <source>Estamos esperando la respuesta del portal. Si cierras ahora, la próxima vez que abras el asistente podrás ver el resultado. ¿Cerrar de todos modos?</source>
        <translation>Estamos esperando la respuesta del portal. Si cierras ahora, la próxima vez que abras el asistente podrás ver el resultado. ¿Cerrar de todos modos?</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/closing.py" line="64"/>
        <source>¿Cerrar sin actualizar?</source>
        <translation>¿Cerrar sin actualizar?</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/closing.py" line="65"/>
        <source>Todavía no se genera tu nuevo número de serie: {old} sigue como está. Si cierras ahora, podrás hacer la actualización cuando vuelvas a abrir el asistente. ¿Cerrar el asistente?</source>
        <translation>Todavía no se genera tu nuevo número de serie: {old} sigue como está. Si cierras ahora, podrás hacer la actualización cuando vuelvas a abrir el asistente. ¿Cerrar el asistente?</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/closing.py" line="72"/>
        <source>&amp;Cerrar</source>
        <translation>&amp;Cerrar</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/closing.py" line="76"/>
        <source>&amp;Seguir aquí</source>
        <translation>&amp;Seguir aquí</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/common.py" line="10"/>
        <source>Aspel</source>
        <translation>Aspel</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/common.py" line="14"/>
        <source>&amp;Reintentar</source>
        <translation>&amp;Reintentar</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/common.py" line="18"/>
        <source>&amp;Cancelar</source>
        <translation>&amp;Cancelar</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/common.py" line="22"/>
        <source>&amp;Copiar</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/common.py" line="27"/>
        <source>Copiar número de serie</source>
        <translation>Copiar número de serie</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/common.py" line="31"/>
        <source>Copiar ra&amp;zón social</source>
        <translation>Copiar ra&amp;zón social</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/confirm.py" line="14"/>
        <source>Confirmación</source>
        <translation>Confirmación</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/confirm.py" line="18"/>
        <source>Revisa los datos. Al confirmar, el portal genera tu nuevo número de serie y lo envía por correo.</source>
        <translation>Revisa los datos. Al confirmar, el portal genera tu nuevo número de serie y lo envía por correo.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/confirm.py" line="23"/>
        <source>Actualizar número de &amp;serie</source>
        <translation>Actualizar número de &amp;serie</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/confirm.py" line="31"/>
        <source>Número de serie actual</source>
        <translation>Número de serie actual</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/confirm.py" line="35"/>
        <source>Aviso por correo a</source>
        <translation>Aviso por correo a</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/confirm.py" line="40"/>
        <source>{system} {old} → {new}</source>
        <translation>{system} {old} → {new}</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/confirm.py" line="44"/>
        <source>El asistente de activación de la nueva versión te pedirá la razón social exactamente como aparece arriba.</source>
        <translation>El asistente de activación de la nueva versión te pedirá la razón social exactamente como aparece arriba.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/confirm.py" line="52"/>
        <source>Este paso no se puede deshacer. Al pulsar «{commit}» recibirás el nuevo número de serie y tendrás que dejar de usar {old} (su plazo terminó el {date}). Si todavía no estás listo, pulsa «{cancel}».</source>
        <translation>Este paso no se puede deshacer. Al pulsar «{commit}» recibirás el nuevo número de serie y tendrás que dejar de usar {old} (su plazo terminó el {date}). Si todavía no estás listo, pulsa «{cancel}».</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/confirm.py" line="56"/>
        <source>Este paso no se puede deshacer. Al pulsar «{commit}» recibirás el nuevo número de serie y tendrás que dejar de usar {old} (solo funcionará hasta el {date}). Si todavía no estás listo, pulsa «{cancel}».</source>
        <translation>Este paso no se puede deshacer. Al pulsar «{commit}» recibirás el nuevo número de serie y tendrás que dejar de usar {old} (solo funcionará hasta el {date}). Si todavía no estás listo, pulsa «{cancel}».</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/confirm.py" line="63"/>
        <source>Generando tu nuevo número de serie…</source>
        <translation>Generando tu nuevo número de serie…</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/confirm.py" line="68"/>
        <source>{problem} No sabemos si el portal alcanzó a recibir la confirmación: pulsa de nuevo «Actualizar número de serie». Es seguro, no se generará un segundo número de serie.</source>
        <translation>{problem} No sabemos si el portal alcanzó a recibir la confirmación: pulsa de nuevo «Actualizar número de serie». Es seguro, no se generará un segundo número de serie.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/login.py" line="10"/>
        <source>Iniciar sesión</source>
        <translation>Iniciar sesión</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/login.py" line="14"/>
        <source>Usa el usuario y la contraseña de Mi cuenta Aspel, los mismos del portal.</source>
        <translation>Usa el usuario y la contraseña de Mi cuenta Aspel, los mismos del portal.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/login.py" line="18"/>
        <source>&amp;Usuario:</source>
        <translation>&amp;Usuario:</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/login.py" line="22"/>
        <source>&amp;Contraseña:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/login.py" line="26"/>
        <source>&amp;Ocultar</source>
        <translation>&amp;Ocultar</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/login.py" line="26"/>
        <source>&amp;Mostrar</source>
        <translation>&amp;Mostrar</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/login.py" line="30"/>
        <source>Ocultar contraseña</source>
        <translation>Ocultar contraseña</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/login.py" line="30"/>
        <source>Mostrar contraseña</source>
        <translation>Mostrar contraseña</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/login.py" line="34"/>
        <source>&amp;Recordar mi usuario</source>
        <translation>&amp;Recordar mi usuario</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/login.py" line="38"/>
        <source>Recordar también mi contraseña en este &amp;equipo</source>
        <translation>Recordar también mi contraseña en este &amp;equipo</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/login.py" line="43"/>
        <source>Se guarda cifrada en el administrador de credenciales de Windows, nunca en un archivo.</source>
        <translation>Se guarda cifrada en el administrador de credenciales de Windows, nunca en un archivo.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/login.py" line="48"/>
        <source>¿Ol&amp;vidaste tu contraseña?</source>
        <translation>¿Ol&amp;vidaste tu contraseña?</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/reminder.py" line="16"/>
        <source>Último día para usar {old}</source>
        <translation>Último día para usar {old}</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/reminder.py" line="30"/>
        <source>Se acerca el último día para usar {old}: después, el sistema quedará inactivo.</source>
        <translation>Se acerca el último día para usar {old}: después, el sistema quedará inactivo.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/reminder.py" line="37"/>
        <source>Un archivo de calendario (.ics) con el último día para usar {old} ({date}) y avisos una semana antes y un día antes. Ábrelo para agregarlo a Outlook o a tu calendario.</source>
        <translation>Un archivo de calendario (.ics) con el último día para usar {old} ({date}) y avisos una semana antes y un día antes. Ábrelo para agregarlo a Outlook o a tu calendario.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/reminder.py" line="41"/>
        <source>Un archivo de calendario (.ics) con el último día para usar {old} ({date}) y avisos un día antes y ese mismo día a las 9:00. Ábrelo para agregarlo a Outlook o a tu calendario.</source>
        <translation>Un archivo de calendario (.ics) con el último día para usar {old} ({date}) y avisos un día antes y ese mismo día a las 9:00. Ábrelo para agregarlo a Outlook o a tu calendario.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/reminder.py" line="45"/>
        <source>Un archivo de calendario (.ics) con el último día para usar {old} ({date}) y un aviso ese mismo día a las 9:00. Ábrelo para agregarlo a Outlook o a tu calendario.</source>
        <translation>Un archivo de calendario (.ics) con el último día para usar {old} ({date}) y un aviso ese mismo día a las 9:00. Ábrelo para agregarlo a Outlook o a tu calendario.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/reminder.py" line="52"/>
        <source>Guardar &amp;recordatorio…</source>
        <translation>Guardar &amp;recordatorio…</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/reminder.py" line="60"/>
        <source>Calendario (*.ics)</source>
        <translation>Calendario (*.ics)</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/reminder.py" line="64"/>
        <source>recordatorio-{system}-{version}.ics</source>
        <translation>recordatorio-{system}-{version}.ics</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/reminder.py" line="68"/>
        <source>No se pudo guardar el recordatorio en «{path}» ({reason}). Elige otra carpeta.</source>
        <translation>No se pudo guardar el recordatorio en «{path}» ({reason}). Elige otra carpeta.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/reminder.py" line="73"/>
        <source>Recordatorio guardado en «{path}». Ábrelo para agregarlo a tu calendario.</source>
        <translation>Recordatorio guardado en «{path}». Ábrelo para agregarlo a tu calendario.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/result.py" line="11"/>
        <source>¡Listo!</source>
        <translation>¡Listo!</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/result.py" line="15"/>
        <source>Tu nuevo número de serie está listo.</source>
        <translation>Tu nuevo número de serie está listo.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/result.py" line="19"/>
        <source>Actualizaste {system} {old} a {new}.</source>
        <translation>Actualizaste {system} {old} a {new}.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/result.py" line="23"/>
        <source>Este sistema ya se había actualizado; estos son sus datos.</source>
        <translation>Este sistema ya se había actualizado; estos son sus datos.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/result.py" line="28"/>
        <source>{system} {old} ya se había actualizado a {new}. No se generó otro número de serie: este es el que ya tienes.</source>
        <translation>{system} {old} ya se había actualizado a {new}. No se generó otro número de serie: este es el que ya tienes.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/result.py" line="36"/>
        <source>Descargar e &amp;instalar…</source>
        <translation>Descargar e &amp;instalar…</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/result.py" line="36"/>
        <source>Volver a descargar el &amp;instalador…</source>
        <translation>Volver a descargar el &amp;instalador…</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/result.py" line="41"/>
        <source>Descargar e instalar la nueva versión</source>
        <translation>Descargar e instalar la nueva versión</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/result.py" line="46"/>
        <source>Razón social para activar (escríbela exactamente así)</source>
        <translation>Razón social para activar (escríbela exactamente así)</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/result.py" line="50"/>
        <source>Descarga de la nueva versión</source>
        <translation>Descarga de la nueva versión</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/result.py" line="54"/>
        <source>&amp;Abrir descarga</source>
        <translation>&amp;Abrir descarga</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/result.py" line="58"/>
        <source>Copiar &amp;enlace</source>
        <translation>Copiar &amp;enlace</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/result.py" line="62"/>
        <source>Copiar enlace de descarga</source>
        <translation>Copiar enlace de descarga</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/result.py" line="66"/>
        <source>&amp;Guardar comprobante (PDF)…</source>
        <translation>&amp;Guardar comprobante (PDF)…</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/result.py" line="70"/>
        <source>Guardar comprobante</source>
        <translation>Guardar comprobante</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/result.py" line="74"/>
        <source>Documento PDF (*.pdf)</source>
        <translation>Documento PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/result.py" line="78"/>
        <source>comprobante-{system}-{version}-{upgrade}.pdf</source>
        <translation>comprobante-{system}-{version}-{upgrade}.pdf</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/result.py" line="84"/>
        <source>No se pudo guardar el comprobante en «{path}» ({reason}). Elige otra carpeta.</source>
        <translation>No se pudo guardar el comprobante en «{path}» ({reason}). Elige otra carpeta.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/result.py" line="89"/>
        <source>Comprobante guardado en «{path}».</source>
        <translation>Comprobante guardado en «{path}».</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/terms.py" line="13"/>
        <source>Términos y condiciones</source>
        <translation>Términos y condiciones</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/terms.py" line="17"/>
        <source>Lee lo que implica la actualización antes de aceptarla.</source>
        <translation>Lee lo que implica la actualización antes de aceptarla.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/terms.py" line="21"/>
        <source>He &amp;leído y acepto los términos y condiciones</source>
        <translation>He &amp;leído y acepto los términos y condiciones</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/terms.py" line="25"/>
        <source>Consultando los términos de la actualización…</source>
        <translation>Consultando los términos de la actualización…</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/terms.py" line="30"/>
        <source>Elegimos {system} {version} porque está instalado en este equipo. Si quieres actualizar otro sistema, pulsa «Atrás» y luego «Siguiente» para ver la lista.</source>
        <translation>Elegimos {system} {version} porque está instalado en este equipo. Si quieres actualizar otro sistema, pulsa «Atrás» y luego «Siguiente» para ver la lista.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/terms.py" line="37"/>
        <source>Importante: al recibir el nuevo número de serie tendrás que dejar de usar {old}. Si todavía no estás listo para dejar de usarlo, no continúes; puedes volver a abrir el asistente cuando lo estés.</source>
        <translation>Importante: al recibir el nuevo número de serie tendrás que dejar de usar {old}. Si todavía no estás listo para dejar de usarlo, no continúes; puedes volver a abrir el asistente cuando lo estés.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/terms.py" line="47"/>
        <source>{deadline} Las dos versiones funcionan a la vez hasta entonces para que pases tu información a la nueva.</source>
        <translation>{deadline} Las dos versiones funcionan a la vez hasta entonces para que pases tu información a la nueva.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/terms.py" line="52"/>
        <source>Recibes la nueva versión sin costo adicional, porque tu sistema está en suscripción, y el nuevo número de serie conserva la periodicidad {periodicity}.</source>
        <translation>Recibes la nueva versión sin costo adicional, porque tu sistema está en suscripción, y el nuevo número de serie conserva la periodicidad {periodicity}.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/terms.py" line="58"/>
        <source>Versión de los términos: {v}</source>
        <translation>Versión de los términos: {v}</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/window.py" line="9"/>
        <source>Actualizar número de serie de Aspel</source>
        <translation>Actualizar número de serie de Aspel</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/window.py" line="13"/>
        <source>&amp;Diagnóstico</source>
        <translation>&amp;Diagnóstico</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/window.py" line="20"/>
        <source>{what} ({elapsed} s, reintento {n})</source>
        <translation>{what} ({elapsed} s, reintento {n})</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/window.py" line="23"/>
        <source>{what} ({elapsed} s)</source>
        <translation>{what} ({elapsed} s)</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/readiness.py" line="25"/>
        <source>¿Está listo este equipo?</source>
        <translation>¿Está listo este equipo?</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/readiness.py" line="29"/>
        <source>Antes del paso que no se puede deshacer, revisamos este equipo con lo que pide la nueva versión.</source>
        <translation>Antes del paso que no se puede deshacer, revisamos este equipo con lo que pide la nueva versión.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/readiness.py" line="35"/>
        <source>Revisando este equipo…</source>
        <translation>Revisando este equipo…</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/readiness.py" line="39"/>
        <source>&amp;Revisar de nuevo</source>
        <translation>&amp;Revisar de nuevo</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/readiness.py" line="43"/>
        <source>Res&amp;paldé mis datos con la herramienta de respaldo de mi sistema</source>
        <translation>Res&amp;paldé mis datos con la herramienta de respaldo de mi sistema</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/readiness.py" line="48"/>
        <source>&amp;Tengo tiempo para pasar mi información a la nueva versión</source>
        <translation>&amp;Tengo tiempo para pasar mi información a la nueva versión</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/readiness.py" line="49"/>
        <source>&amp;Tengo tiempo antes del {date} para pasar mi información</source>
        <translation>&amp;Tengo tiempo antes del {date} para pasar mi información</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/readiness.py" line="56"/>
        <source>Lo que solo tú puedes confirmar:</source>
        <translation>Lo que solo tú puedes confirmar:</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/readiness.py" line="60"/>
        <source>&amp;Lo instalaré en otro equipo, no en este</source>
        <translation>&amp;Lo instalaré en otro equipo, no en este</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/readiness.py" line="65"/>
        <source>Revisa ese equipo antes de instalar: ejecuta ahí «{command}».</source>
        <translation>Revisa ese equipo antes de instalar: ejecuta ahí «{command}».</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/readiness.py" line="72"/>
        <source>Algo bloquea en este equipo, que es donde están tus datos. Corrígelo y pulsa «Revisar de nuevo», o marca que instalarás la nueva versión en otro equipo.</source>
        <translation>Algo bloquea en este equipo, que es donde están tus datos. Corrígelo y pulsa «Revisar de nuevo», o marca que instalarás la nueva versión en otro equipo.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/readiness.py" line="79"/>
        <source>Estas revisiones son para el Servidor ({meaning}). Pide que ejecuten este comando ahí (no necesita tu contraseña):</source>
        <translation>Estas revisiones son para el Servidor ({meaning}). Pide que ejecuten este comando ahí (no necesita tu contraseña):</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/readiness.py" line="86"/>
        <source>Comando para el Servidor</source>
        <translation>Comando para el Servidor</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/readiness.py" line="90"/>
        <source>Copiar co&amp;mando</source>
        <translation>Copiar co&amp;mando</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/readiness.py" line="95"/>
        <source>Activa la nueva versión en el equipo donde se va a quedar (el Servidor). Formatear el equipo, cambiarle piezas o actualizar Windows después de activar gasta una activación; si vas a hacer algo de eso, hazlo antes de activar.</source>
        <translation>Activa la nueva versión en el equipo donde se va a quedar (el Servidor). Formatear el equipo, cambiarle piezas o actualizar Windows después de activar gasta una activación; si vas a hacer algo de eso, hazlo antes de activar.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/readiness.py" line="103"/>
        <source>No se pudo revisar este equipo. Puedes continuar; si quieres, pulsa «Revisar de nuevo».</source>
        <translation>No se pudo revisar este equipo. Puedes continuar; si quieres, pulsa «Revisar de nuevo».</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/readiness.py" line="115"/>
        <source>Dónde están tus datos</source>
        <translation>Dónde están tus datos</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/readiness.py" line="116"/>
        <source>Versión de Windows</source>
        <translation>Versión de Windows</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/readiness.py" line="117"/>
        <source>Windows de 32 o 64 bits</source>
        <translation>Windows de 32 o 64 bits</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/readiness.py" line="118"/>
        <source>Soporte de Windows</source>
        <translation>Soporte de Windows</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/readiness.py" line="119"/>
        <source>Memoria (RAM)</source>
        <translation>Memoria (RAM)</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/readiness.py" line="120"/>
        <source>Espacio para el instalador</source>
        <translation>Espacio para el instalador</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/readiness.py" line="121"/>
        <source>Espacio para el programa</source>
        <translation>Espacio para el programa</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/readiness.py" line="122"/>
        <source>Espacio para tus datos</source>
        <translation>Espacio para tus datos</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/readiness.py" line="123"/>
        <source>Permisos para instalar</source>
        <translation>Permisos para instalar</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/readiness.py" line="124"/>
        <source>Reinicio pendiente</source>
        <translation>Reinicio pendiente</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/readiness.py" line="125"/>
        <source>Programa abierto</source>
        <translation>Programa abierto</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/readiness.py" line="126"/>
        <source>Servidor Firebird</source>
        <translation>Servidor Firebird</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/readiness.py" line="127"/>
        <source>Puerto de la base de datos</source>
        <translation>Puerto de la base de datos</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/readiness.py" line="128"/>
        <source>Respaldo de tus datos</source>
        <translation>Respaldo de tus datos</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/readiness.py" line="129"/>
        <source>Tiempo antes de la fecha límite</source>
        <translation>Tiempo antes de la fecha límite</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/readiness.py" line="136"/>
        <source>Bien</source>
        <translation>Bien</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/readiness.py" line="137"/>
        <source>Aviso</source>
        <translation>Aviso</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/readiness.py" line="138"/>
        <source>Bloquea</source>
        <translation>Bloquea</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/readiness.py" line="139"/>
        <source>No aplica</source>
        <translation>No aplica</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/readiness.py" line="146"/>
        <source>{status} · {system} · {title}: {message}</source>
        <translation>{status} · {system} · {title}: {message}</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/readiness.py" line="153"/>
        <source>{status} · {title}: {message}</source>
        <translation>{status} · {title}: {message}</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/readiness.py" line="159"/>
        <source>Revisión de este equipo: bloquean {blocks}, avisos {warnings}, bien {fine}.</source>
        <translation>Revisión de este equipo: bloquean {blocks}, avisos {warnings}, bien {fine}.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/readiness.py" line="166"/>
        <source>Revisión de este equipo</source>
        <translation>Revisión de este equipo</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/readiness.py" line="172"/>
        <source>{status}: {titles}.</source>
        <translation>{status}: {titles}.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/readiness.py" line="181"/>
        <source>Así estaba este equipo al confirmar:</source>
        <translation>Así estaba este equipo al confirmar:</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/readiness.py" line="186"/>
        <source>En esta sesión no se revisó el equipo antes de confirmar.</source>
        <translation>En esta sesión no se revisó el equipo antes de confirmar.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/readiness.py" line="191"/>
        <source>No se encontró ningún sistema Aspel en este equipo. Indica cuál revisar con --system (por ejemplo, --system SAE).</source>
        <translation>No se encontró ningún sistema Aspel en este equipo. Indica cuál revisar con --system (por ejemplo, --system SAE).</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/readiness.py" line="200"/>
        <source>la unidad {drive}</source>
        <translation>la unidad {drive}</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/readiness.py" line="202"/>
        <source>la carpeta de red «{share}»</source>
        <translation>la carpeta de red «{share}»</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/readiness.py" line="207"/>
        <source>la nueva versión</source>
        <translation>la nueva versión</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/readiness.py" line="213"/>
        <source>no se pudo consultar el portal de Aspel</source>
        <translation>no se pudo consultar el portal de Aspel</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/readiness.py" line="214"/>
        <source>Aspel no ha publicado los requisitos de {new}</source>
        <translation>Aspel no ha publicado los requisitos de {new}</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/readiness.py" line="215"/>
        <source>el portal de Aspel respondió datos que no se pudieron leer</source>
        <translation>el portal de Aspel respondió datos que no se pudieron leer</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/readiness.py" line="216"/>
        <source>Aspel no publicó ese dato para {new}</source>
        <translation>Aspel no publicó ese dato para {new}</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/readiness.py" line="217"/>
        <source>el dato que publicó Aspel para {new} no es válido</source>
        <translation>el dato que publicó Aspel para {new} no es válido</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/readiness.py" line="226"/>
        <source>al menos {size}</source>
        <translation>al menos {size}</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/readiness.py" line="232"/>
        <source>{items} y {last}</source>
        <translation>{items} y {last}</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/readiness.py" line="237"/>
        <source>el instalador</source>
        <translation>el instalador</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/readiness.py" line="238"/>
        <source>el programa</source>
        <translation>el programa</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/readiness.py" line="239"/>
        <source>la copia de tus datos</source>
        <translation>la copia de tus datos</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/readiness.py" line="250"/>
        <source>en ejecución</source>
        <translation>en ejecución</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/readiness.py" line="257"/>
        <source>{name} (compilación {build}) o posterior</source>
        <translation>{name} (compilación {build}) o posterior</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/readiness.py" line="260"/>
        <source>Windows con compilación {build} o posterior</source>
        <translation>Windows con compilación {build} o posterior</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/readiness.py" line="268"/>
        <source>Estas revisiones valen para el Servidor: ejecuta ahí «{command}».</source>
        <translation>Estas revisiones valen para el Servidor: ejecuta ahí «{command}».</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/readiness.py" line="288"/>
        <source>Esta revisión es solo para Windows.</source>
        <translation>Esta revisión es solo para Windows.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/readiness.py" line="289"/>
        <source>Esta revisión no aplica en este equipo.</source>
        <translation>Esta revisión no aplica en este equipo.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/readiness.py" line="293"/>
        <source>No se pudo revisar esto en este equipo. No detiene la actualización, pero revísalo por tu cuenta. Detalle técnico: {detail}</source>
        <translation>No se pudo revisar esto en este equipo. No detiene la actualización, pero revísalo por tu cuenta. Detalle técnico: {detail}</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/readiness.py" line="304"/>
        <source>Los datos de {old} están en otro equipo ({folders}): ese equipo es el Servidor, y ahí se instala y se activa primero la nueva versión.</source>
        <translation>Los datos de {old} están en otro equipo ({folders}): ese equipo es el Servidor, y ahí se instala y se activa primero la nueva versión.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/readiness.py" line="320"/>
        <source>Este equipo tiene {name} (compilación {build}); {new} necesita {minimum}.</source>
        <translation>Este equipo tiene {name} (compilación {build}); {new} necesita {minimum}.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/readiness.py" line="326"/>
        <source>Este equipo tiene {name} (compilación {build}) y {new} necesita {minimum}. Actualiza Windows antes de activar la nueva versión (cambiar Windows después gasta una activación), o instálala en otro equipo que lo cumpla.</source>
        <translation>Este equipo tiene {name} (compilación {build}) y {new} necesita {minimum}. Actualiza Windows antes de activar la nueva versión (cambiar Windows después gasta una activación), o instálala en otro equipo que lo cumpla.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/readiness.py" line="334"/>
        <source>La edición de Windows de este equipo ({edition}) no está entre las que Aspel indica para {new} ({editions}). Pregunta a tu distribuidor si puedes instalarla aquí.</source>
        <translation>La edición de Windows de este equipo ({edition}) no está entre las que Aspel indica para {new} ({editions}). Pregunta a tu distribuidor si puedes instalarla aquí.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/readiness.py" line="342"/>
        <source>Este equipo tiene {name} (compilación {build}). No se pudo comparar con lo que necesita {new}: {why}. Revisa los requisitos en la página de Aspel.</source>
        <translation>Este equipo tiene {name} (compilación {build}). No se pudo comparar con lo que necesita {new}: {why}. Revisa los requisitos en la página de Aspel.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/readiness.py" line="349"/>
        <source>Este equipo tiene Windows de 64 bits.</source>
        <translation>Este equipo tiene Windows de 64 bits.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/readiness.py" line="353"/>
        <source>Este equipo tiene Windows de 32 bits; {new} funciona en Windows de 32 bits.</source>
        <translation>Este equipo tiene Windows de 32 bits; {new} funciona en Windows de 32 bits.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/readiness.py" line="358"/>
        <source>Este equipo tiene Windows de 32 bits y {new} solo funciona en Windows de 64 bits. Instala la nueva versión en un equipo con Windows de 64 bits; si vas a reinstalar Windows en este, hazlo antes de activar, porque ese cambio gasta una activación.</source>
        <translation>Este equipo tiene Windows de 32 bits y {new} solo funciona en Windows de 64 bits. Instala la nueva versión en un equipo con Windows de 64 bits; si vas a reinstalar Windows en este, hazlo antes de activar, porque ese cambio gasta una activación.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/readiness.py" line="365"/>
        <source>Este equipo tiene Windows de 32 bits. No se pudo comparar con lo que necesita {new}: {why}. Muchas versiones nuevas solo funcionan en 64 bits: revisa los requisitos en la página de Aspel.</source>
        <translation>Este equipo tiene Windows de 32 bits. No se pudo comparar con lo que necesita {new}: {why}. Muchas versiones nuevas solo funcionan en 64 bits: revisa los requisitos en la página de Aspel.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/readiness.py" line="373"/>
        <source>Microsoft da soporte a {name} hasta el {date}.</source>
        <translation>Microsoft da soporte a {name} hasta el {date}.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/readiness.py" line="379"/>
        <source>{name} tiene soporte de Microsoft.</source>
        <translation>{name} tiene soporte de Microsoft.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/readiness.py" line="383"/>
        <source>El soporte de Microsoft para {name} termina el {date}. Si vas a actualizar Windows o formatear este equipo, hazlo antes de activar la nueva versión: ese cambio gasta una activación.</source>
        <translation>El soporte de Microsoft para {name} termina el {date}. Si vas a actualizar Windows o formatear este equipo, hazlo antes de activar la nueva versión: ese cambio gasta una activación.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/readiness.py" line="391"/>
        <source>Microsoft dejó de dar soporte a {name} el {date}: ya no recibe actualizaciones de seguridad. Si vas a actualizar Windows o formatear este equipo, hazlo antes de activar la nueva versión: ese cambio gasta una activación.</source>
        <translation>Microsoft dejó de dar soporte a {name} el {date}: ya no recibe actualizaciones de seguridad. Si vas a actualizar Windows o formatear este equipo, hazlo antes de activar la nueva versión: ese cambio gasta una activación.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/readiness.py" line="400"/>
        <source>Este equipo tiene {have} de memoria (RAM); {new} necesita {need}.</source>
        <translation>Este equipo tiene {have} de memoria (RAM); {new} necesita {need}.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/readiness.py" line="406"/>
        <source>Este equipo tiene {have} de memoria (RAM) y {new} necesita {need}. Agrega memoria o instala la nueva versión en otro equipo.</source>
        <translation>Este equipo tiene {have} de memoria (RAM) y {new} necesita {need}. Agrega memoria o instala la nueva versión en otro equipo.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/readiness.py" line="413"/>
        <source>Este equipo tiene {have} de memoria (RAM). No se pudo comparar con lo que necesita {new}: {why}.</source>
        <translation>Este equipo tiene {have} de memoria (RAM). No se pudo comparar con lo que necesita {new}: {why}.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/readiness.py" line="421"/>
        <source>En {volume} hay {free} libres: alcanza para {parts}.</source>
        <translation>En {volume} hay {free} libres: alcanza para {parts}.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/readiness.py" line="427"/>
        <source>En {volume} hay {free} libres y se necesitan {total} para {parts}. Libera al menos {short} en {volume} (vacía la papelera o mueve archivos a otra unidad) y vuelve a revisar.</source>
        <translation>En {volume} hay {free} libres y se necesitan {total} para {parts}. Libera al menos {short} en {volume} (vacía la papelera o mueve archivos a otra unidad) y vuelve a revisar.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/readiness.py" line="434"/>
        <source>También puedes guardar el instalador en una carpeta de otra unidad.</source>
        <translation>También puedes guardar el instalador en una carpeta de otra unidad.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/readiness.py" line="440"/>
        <source>Va en {volume}, como «{other}» (arriba): libera allí al menos {short} y vuelve a revisar.</source>
        <translation>Va en {volume}, como «{other}» (arriba): libera allí al menos {short} y vuelve a revisar.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/readiness.py" line="448"/>
        <source>Va en {volume}, como «{other}» (arriba): alcanza para todo.</source>
        <translation>Va en {volume}, como «{other}» (arriba): alcanza para todo.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/readiness.py" line="455"/>
        <source>no se terminó de medir: {files} archivos contados hasta ahora</source>
        <translation>no se terminó de medir: {files} archivos contados hasta ahora</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/readiness.py" line="459"/>
        <source>una carpeta no se pudo leer</source>
        <translation>una carpeta no se pudo leer</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/readiness.py" line="461"/>
        <source>{count} carpetas no se pudieron leer</source>
        <translation>{count} carpetas no se pudieron leer</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/readiness.py" line="462"/>
        <source>Tus datos de {old} («{folder}») ocupan al menos {size} ({why}). En {volume} hay {free} libres para {parts}: revisa que sobre espacio para la copia traducida de tus datos antes de continuar.</source>
        <translation>Tus datos de {old} («{folder}») ocupan al menos {size} ({why}). En {volume} hay {free} libres para {parts}: revisa que sobre espacio para la copia traducida de tus datos antes de continuar.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/readiness.py" line="471"/>
        <source>En {volume} hay {free} libres. No se pudo comparar con lo que ocupa {what} de {new}: {why}.</source>
        <translation>En {volume} hay {free} libres. No se pudo comparar con lo que ocupa {what} de {new}: {why}.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/readiness.py" line="479"/>
        <source>No se encontró la carpeta «{folder}» (¿se desconectó la unidad?), así que no se pudo revisar su espacio libre. Conecta la unidad y vuelve a revisar.</source>
        <translation>No se encontró la carpeta «{folder}» (¿se desconectó la unidad?), así que no se pudo revisar su espacio libre. Conecta la unidad y vuelve a revisar.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/readiness.py" line="485"/>
        <source>La copia traducida de tus datos se hace en el equipo donde están (el Servidor); ahí se revisa su espacio.</source>
        <translation>La copia traducida de tus datos se hace en el equipo donde están (el Servidor); ahí se revisa su espacio.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/readiness.py" line="491"/>
        <source>Este programa se abrió como administrador: puedes instalar la nueva versión.</source>
        <translation>Este programa se abrió como administrador: puedes instalar la nueva versión.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/readiness.py" line="495"/>
        <source>Tu usuario es administrador de este equipo: al instalar, Windows te pedirá confirmar.</source>
        <translation>Tu usuario es administrador de este equipo: al instalar, Windows te pedirá confirmar.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/readiness.py" line="500"/>
        <source>{new} no pide permisos de administrador para instalarse.</source>
        <translation>{new} no pide permisos de administrador para instalarse.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/readiness.py" line="504"/>
        <source>Tu usuario no es administrador de este equipo: para instalar la nueva versión hará falta la contraseña de un administrador. Tenla a la mano o pide ayuda a tu área de sistemas.</source>
        <translation>Tu usuario no es administrador de este equipo: para instalar la nueva versión hará falta la contraseña de un administrador. Tenla a la mano o pide ayuda a tu área de sistemas.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/readiness.py" line="510"/>
        <source>Tu usuario no es administrador de este equipo. No se pudo saber si {new} lo pide ({why}); casi todos los instaladores lo piden: ten a la mano la contraseña de un administrador.</source>
        <translation>Tu usuario no es administrador de este equipo. No se pudo saber si {new} lo pide ({why}); casi todos los instaladores lo piden: ten a la mano la contraseña de un administrador.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/readiness.py" line="516"/>
        <source>Windows no tiene un reinicio pendiente.</source>
        <translation>Windows no tiene un reinicio pendiente.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/readiness.py" line="520"/>
        <source>Windows tiene un reinicio pendiente (por actualizaciones o instalaciones anteriores). Reinicia el equipo antes de instalar la nueva versión.</source>
        <translation>Windows tiene un reinicio pendiente (por actualizaciones o instalaciones anteriores). Reinicia el equipo antes de instalar la nueva versión.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/readiness.py" line="525"/>
        <source>No encontramos el programa de {old} en este equipo: no hay nada que cerrar.</source>
        <translation>No encontramos el programa de {old} en este equipo: no hay nada que cerrar.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/readiness.py" line="530"/>
        <source>{old} no está abierto en este equipo.</source>
        <translation>{old} no está abierto en este equipo.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/readiness.py" line="539"/>
        <source>No hay otro servidor Firebird instalado en este equipo.</source>
        <translation>No hay otro servidor Firebird instalado en este equipo.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/readiness.py" line="543"/>
        <source>Ya está instalado Firebird {version}, la versión que usa {new}: {servers}.</source>
        <translation>Ya está instalado Firebird {version}, la versión que usa {new}: {servers}.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/readiness.py" line="549"/>
        <source>En este equipo ya hay un servidor Firebird instalado: {servers}. {new} instala Firebird {version} y usa el puerto {port}; otro servidor Firebird en el mismo equipo es una causa común de que la nueva versión no pueda abrir tus datos. Antes de instalar, pregunta a tu distribuidor o a soporte de Aspel qué hacer con él (no lo desinstales si otro programa lo usa).</source>
        <translation>En este equipo ya hay un servidor Firebird instalado: {servers}. {new} instala Firebird {version} y usa el puerto {port}; otro servidor Firebird en el mismo equipo es una causa común de que la nueva versión no pueda abrir tus datos. Antes de instalar, pregunta a tu distribuidor o a soporte de Aspel qué hacer con él (no lo desinstales si otro programa lo usa).</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/readiness.py" line="559"/>
        <source>En este equipo ya hay un servidor Firebird instalado: {servers}. No se pudo comparar con el que instala {new} ({why}); si es de otra versión, puede impedir que la nueva versión abra tus datos: pregunta a tu distribuidor o a soporte de Aspel antes de instalar.</source>
        <translation>En este equipo ya hay un servidor Firebird instalado: {servers}. No se pudo comparar con el que instala {new} ({why}); si es de otra versión, puede impedir que la nueva versión abra tus datos: pregunta a tu distribuidor o a soporte de Aspel antes de instalar.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/readiness.py" line="568"/>
        <source>El puerto {port}, que usa la base de datos de {new}, está libre.</source>
        <translation>El puerto {port}, que usa la base de datos de {new}, está libre.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/readiness.py" line="575"/>
        <source>El puerto {port}, que usa la base de datos de {new}, ya lo ocupa el programa «{owner}». Si es otro servidor Firebird u otro programa, la nueva versión puede no abrir tus datos: pregunta a tu distribuidor o a soporte de Aspel antes de instalar.</source>
        <translation>El puerto {port}, que usa la base de datos de {new}, ya lo ocupa el programa «{owner}». Si es otro servidor Firebird u otro programa, la nueva versión puede no abrir tus datos: pregunta a tu distribuidor o a soporte de Aspel antes de instalar.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/readiness.py" line="580"/>
        <source>El puerto {port}, que usa la base de datos de {new}, ya lo ocupa otro programa. Si es otro servidor Firebird u otro programa, la nueva versión puede no abrir tus datos: pregunta a tu distribuidor o a soporte de Aspel antes de instalar.</source>
        <translation>El puerto {port}, que usa la base de datos de {new}, ya lo ocupa otro programa. Si es otro servidor Firebird u otro programa, la nueva versión puede no abrir tus datos: pregunta a tu distribuidor o a soporte de Aspel antes de instalar.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/readiness.py" line="588"/>
        <source>No se pudo revisar el puerto de la base de datos de {new}: {why}.</source>
        <translation>No se pudo revisar el puerto de la base de datos de {new}: {why}.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/readiness.py" line="595"/>
        <source>Respaldaste tus datos con la herramienta de respaldo.</source>
        <translation>Respaldaste tus datos con la herramienta de respaldo.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/readiness.py" line="599"/>
        <source>No has confirmado que respaldaste tus datos. Respáldalos con la herramienta de respaldo de {old} antes de continuar.</source>
        <translation>No has confirmado que respaldaste tus datos. Respáldalos con la herramienta de respaldo de {old} antes de continuar.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/readiness.py" line="605"/>
        <source>Tienes tiempo antes del {date} para pasar tu información.</source>
        <translation>Tienes tiempo antes del {date} para pasar tu información.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/readiness.py" line="608"/>
        <source>Tienes tiempo para pasar tu información.</source>
        <translation>Tienes tiempo para pasar tu información.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/readiness.py" line="613"/>
        <source>No has confirmado que tienes tiempo antes del {date} para pasar tu información a la nueva versión. Después de esa fecha {old} deja de funcionar: planea la instalación y la traducción de tus datos antes.</source>
        <translation>No has confirmado que tienes tiempo antes del {date} para pasar tu información a la nueva versión. Después de esa fecha {old} deja de funcionar: planea la instalación y la traducción de tus datos antes.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/readiness.py" line="617"/>
        <source>No has confirmado que tienes tiempo para instalar la nueva versión y pasar tu información.</source>
        <translation>No has confirmado que tienes tiempo para instalar la nueva versión y pasar tu información.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/readiness.py" line="622"/>
        <source>Ya pasó la fecha ({date}): {old} ya no se puede usar. Instala y activa la nueva versión cuanto antes para pasar tu información.</source>
        <translation>Ya pasó la fecha ({date}): {old} ya no se puede usar. Instala y activa la nueva versión cuanto antes para pasar tu información.</translation>
    </message>
</context>
</TS>
