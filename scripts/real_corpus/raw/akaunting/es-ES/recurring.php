<?php

return [

    'recurring'             => 'Repetitivo',
    'every'                 => 'Cada',
    'period'                => 'Período',
    'times'                 => 'Veces',
    'daily'                 => 'Diariamente',
    'weekly'                => 'Semanalmente',
    'monthly'               => 'Mensualmente',
    'yearly'                => 'Anualmente',
    'custom'                => 'Personalizado',
    'days'                  => 'Día(s)',
    'weeks'                 => 'Semana(s)',
    'months'                => 'Mes(es)',
    'years'                 => 'Año(s)',
    'frequency'             => 'Frecuencia',
    'duration'              => 'Duración',
    'last_issued'           => 'Última emisión',
    'after'                 => 'Después',
    'on'                    => 'En',
    'never'                 => 'Nunca',
    'ends_after'            => 'Termina después de :times',
    'ends_never'            => 'Nunca termina',
    'ends_date'             => 'Termina el :date',
    'next_date'             => 'Siguiente :date',
    'end'                   => 'Finalizar recurrente',
    'child'                 => ':url fue creado automáticamente el :date',
    'message'               => 'Éste es un :type periódico y el siguiente :type se generará automáticamente el día :date',
    'message_parent'        => 'Este :type se generó automáticamente desde :link',

    'frequency_type'        => 'Repetir esto :type',
    'limit_date'            => 'Crear primero :type en',
    'limit_middle'          => 'y termina',

    'form_description' => [
        'schedule'          => 'Elija los términos y la hora de inicio y fin para asegurarse de que su cliente recibe su :type el día correcto.',
    ],

];
